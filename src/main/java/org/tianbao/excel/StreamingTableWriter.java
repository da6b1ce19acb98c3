package org.tianbao.excel;

import java.math.BigDecimal;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link TableSheet} with fastexcel's streaming writer: the same layout, fonts, merges, row
 * heights and print settings as the POI writer, for workbooks of thousands of sheets (POI's sheet
 * creation grows with the number of sheets already in the workbook, so 2,800 of them took minutes).
 * fastexcel writes no manual page breaks: the programs paginate, and the planned merges still repeat
 * their labels where the plan expected a page to start.
 */
final class StreamingTableWriter {

    private static final BigDecimal LABEL_PT = BigDecimal.valueOf(Typography.LABEL_PT);
    private static final BigDecimal TITLE_PT = BigDecimal.valueOf(Typography.TITLE_PT);
    private static final BigDecimal TABLE_PT = BigDecimal.valueOf(Typography.TABLE_PT);

    private final Typography typography;

    StreamingTableWriter(Typography typography) {
        this.typography = typography;
    }

    void write(Worksheet ws, TableSheet table) {
        int columns = table.columns().size();
        for (int c = 0; c < columns; c++) {
            ws.width(c, table.columns().get(c).widthChars());
        }
        int r = 0;
        if (table.label() != null) {
            ws.value(r, 0, table.label());
            ws.range(r, 0, r, 1).merge();
            font(ws.style(r, 0), typography.labelFont(), LABEL_PT).verticalAlignment("center").set();
            ws.rowHeight(r++, table.labelHeight());
        }
        textRow(ws, r++, table.titleHeight(), table.title(), typography.titleFont(), TITLE_PT, "center", columns);
        textRow(ws, r++, table.infoHeight(), table.infoLine(), typography.bodyFont(), TABLE_PT, "left", columns);
        int headerRow = r;
        ws.rowHeight(headerRow, table.headerHeight());
        for (int c = 0; c < columns; c++) {
            ws.value(headerRow, c, table.header().get(c));
            boxed(ws.style(headerRow, c), typography.headingFont(), "center").set();
        }
        writeBody(ws, table.plan(), table.firstBodyRow());
        page(ws, headerRow);
    }

    private void writeBody(Worksheet ws, TablePlan plan, int first) {
        int columns = plan.columns().size();
        for (int r = 0; r < plan.rowCount(); r++) {
            int row = first + r;
            ws.rowHeight(row, plan.height(r));
            for (int c = 0; c < columns; c++) {
                TablePlan.Column column = plan.columns().get(c);
                if (plan.showsText(r, c)) {
                    String text = plan.text(r, c);
                    if (column.numeric() && text.matches("\\d{1,9}")) {
                        ws.value(row, c, Integer.parseInt(text));
                    } else if (!text.isEmpty()) {
                        ws.value(row, c, text);
                    }
                }
            }
        }
        if (plan.rowCount() > 0) {
            // One style per column, set on its whole range: a style per cell was a third of writing a 汇总.
            for (int c = 0; c < columns; c++) {
                boxed(ws.range(first, c, first + plan.rowCount() - 1, c).style(), typography.bodyFont(),
                        plan.columns().get(c).centred() ? "center" : "left").set();
            }
        }
        for (TablePlan.Segment s : plan.merges()) {
            ws.range(first + s.first(), s.column(), first + s.last(), s.column()).merge();
        }
    }

    private void textRow(Worksheet ws, int row, double height, String text, String fontName, BigDecimal size,
                         String alignment, int span) {
        ws.rowHeight(row, height);
        ws.value(row, 0, text);
        ws.range(row, 0, row, span - 1).merge();
        font(ws.style(row, 0), fontName, size).horizontalAlignment(alignment).verticalAlignment("center")
                .wrapText(true).set();
    }

    private static StyleSetter font(StyleSetter style, String name, BigDecimal size) {
        return style.fontName(name).fontSize(size);
    }

    private static StyleSetter boxed(StyleSetter style, String fontName, String alignment) {
        return font(style, fontName, TABLE_PT).horizontalAlignment(alignment).verticalAlignment("center")
                .wrapText(true).borderStyle(BorderStyle.THIN);
    }

    private static void page(Worksheet ws, int headerRow) {
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.setAutoPageBreaks(true);
        ws.leftMargin((float) PageGeometry.SIDE_MARGIN_IN);
        ws.rightMargin((float) PageGeometry.SIDE_MARGIN_IN);
        ws.topMargin((float) PageGeometry.TOP_MARGIN_IN);
        ws.bottomMargin((float) PageGeometry.BOTTOM_MARGIN_IN);
        ws.headerMargin((float) PageGeometry.HEADER_MARGIN_IN);
        ws.footerMargin((float) PageGeometry.FOOTER_MARGIN_IN);
        ws.footer(PageGeometry.FOOTER, Position.CENTER, "宋体", 10);
        ws.repeatRows(headerRow);
        ws.freezePane(0, headerRow + 1);
    }
}
