package org.tianbao.excel;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the attachment layout, created once per workbook. Fonts are new fonts (font 0, the
 * workbook default, is left alone) with the GB2312 charset, so that a PC without the named font
 * substitutes a Chinese one.
 */
final class SheetStyles {

    final CellStyle label;
    final CellStyle title;
    final CellStyle unitLine;
    final CellStyle header;
    final CellStyle bodyCentred;
    final CellStyle bodyLeft;
    /** Body text that a spreadsheet program would otherwise take for a formula when the cell is edited. */
    final CellStyle bodyLeftQuoted;
    /** The same two in red: what changed since the last export. */
    final CellStyle bodyLeftRed;
    final CellStyle bodyLeftQuotedRed;
    /** The note above the table that says what red means. */
    final CellStyle redNote;
    final Typography typography;

    SheetStyles(Workbook wb, Typography typography) {
        this.typography = typography;
        Font labelFont = font(wb, typography.labelFont(), Typography.LABEL_PT);
        Font titleFont = font(wb, typography.titleFont(), Typography.TITLE_PT);
        Font headingFont = font(wb, typography.headingFont(), Typography.TABLE_PT);
        Font bodyFont = font(wb, typography.bodyFont(), Typography.TABLE_PT);
        Font redFont = font(wb, typography.bodyFont(), Typography.TABLE_PT);
        redFont.setColor(IndexedColors.RED.getIndex());

        label = plain(wb, labelFont, HorizontalAlignment.LEFT);
        label.setWrapText(false);
        title = plain(wb, titleFont, HorizontalAlignment.CENTER);
        unitLine = plain(wb, bodyFont, HorizontalAlignment.LEFT);
        header = boxed(wb, headingFont, HorizontalAlignment.CENTER);
        bodyCentred = boxed(wb, bodyFont, HorizontalAlignment.CENTER);
        bodyLeft = boxed(wb, bodyFont, HorizontalAlignment.LEFT);
        bodyLeftQuoted = boxed(wb, bodyFont, HorizontalAlignment.LEFT);
        bodyLeftQuoted.setQuotePrefixed(true);
        bodyLeftRed = boxed(wb, redFont, HorizontalAlignment.LEFT);
        bodyLeftQuotedRed = boxed(wb, redFont, HorizontalAlignment.LEFT);
        bodyLeftQuotedRed.setQuotePrefixed(true);
        redNote = plain(wb, redFont, HorizontalAlignment.RIGHT);
        redNote.setWrapText(false);
    }

    /**
     * The body style for a text: quoted when it starts like a formula, so it stays text when edited; red
     * when marked (centred columns, 序号 and 工作重点, never are).
     */
    CellStyle body(String text, boolean centred, boolean red) {
        if (centred) {
            return bodyCentred;
        }
        if (looksLikeFormula(text)) {
            return red ? bodyLeftQuotedRed : bodyLeftQuoted;
        }
        return red ? bodyLeftRed : bodyLeft;
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    private static Font font(Workbook wb, String name, double points) {
        Font font = wb.createFont();
        font.setFontName(name);
        font.setFontHeight((short) Math.round(points * 20));
        font.setCharSet(FontCharset.GB2312.getNativeId());
        return font;
    }

    private static CellStyle plain(Workbook wb, Font font, HorizontalAlignment alignment) {
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private static CellStyle boxed(Workbook wb, Font font, HorizontalAlignment alignment) {
        CellStyle style = plain(wb, font, alignment);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        short black = IndexedColors.BLACK.getIndex();
        style.setTopBorderColor(black);
        style.setBottomBorderColor(black);
        style.setLeftBorderColor(black);
        style.setRightBorderColor(black);
        return style;
    }
}
