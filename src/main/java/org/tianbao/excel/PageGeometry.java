package org.tianbao.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The printed page of every table sheet: A4 landscape, fit to one page wide, header row repeated, page
 * numbers in the footer; and how much of a page the body rows may fill, for {@link TablePlan}.
 */
final class PageGeometry {

    static final double PAPER_WIDTH_PT = 841.89;
    static final double PAPER_HEIGHT_PT = 595.28;
    static final double SIDE_MARGIN_IN = 0.5;
    static final double TOP_MARGIN_IN = 0.6;
    static final double BOTTOM_MARGIN_IN = 0.7;
    static final double HEADER_MARGIN_IN = 0.3;
    static final double FOOTER_MARGIN_IN = 0.3;
    /** Pages are planned a little short of full, so that a program that lays text out taller never adds a page. */
    static final double FILL = 0.93;
    static final String FOOTER = "第 &P 页 共 &N 页";

    private PageGeometry() {
    }

    /** The scale a fit-to-width print uses for these columns (never above 100%). */
    static double scale(List<TablePlan.Column> columns) {
        double px = columns.stream().mapToDouble(c -> TextHeight.columnPixels(c.widthChars())).sum();
        double printablePx = (PAPER_WIDTH_PT - 2 * SIDE_MARGIN_IN * 72) * TextHeight.PX_PER_PT;
        return Math.min(1.0, Math.floor(printablePx / px * 100) / 100);
    }

    /** Height in sheet points that body rows may fill on one page, below the repeated header row. */
    static double pageRoom(List<TablePlan.Column> columns, double headerRowPt) {
        double printable = PAPER_HEIGHT_PT - (TOP_MARGIN_IN + BOTTOM_MARGIN_IN) * 72;
        return printable * FILL / scale(columns) - headerRowPt;
    }

    /** Print settings; {@code headerRow} (0-based) repeats on every page and stays frozen on screen. */
    static void apply(Sheet sheet, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_IN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_IN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN_IN);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MARGIN_IN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN_IN);
        sheet.setMargin(PageMargin.FOOTER, FOOTER_MARGIN_IN);
        sheet.getFooter().setCenter(FOOTER);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.createFreezePane(0, headerRow + 1);
    }

    static void setColumnWidths(Sheet sheet, List<TablePlan.Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (int) Math.round(columns.get(c).widthChars() * 256));
        }
    }
}
