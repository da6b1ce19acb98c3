package org.tianbao.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a {@link TablePlan} into a sheet. The sheet-level parts (merges, page breaks) and the rows are
 * separate steps because a streaming workbook needs the former before it generates the latter.
 */
final class TableWriter {

    /** Excel keeps at most 1,026 manual page breaks per sheet; beyond that the program paginates by itself. */
    static final int MAX_PAGE_BREAKS = 1000;

    private TableWriter() {
    }

    /** Merges and page breaks of the plan, for a table whose first body row is {@code firstRow}. */
    static void writeSheetParts(Sheet sheet, TablePlan plan, int firstRow) {
        for (TablePlan.Segment s : plan.merges()) {
            // Segments never overlap by construction; the checked variant is quadratic in the merge count.
            sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow + s.first(), firstRow + s.last(),
                    s.column(), s.column()));
        }
        if (plan.pageEnds().size() <= MAX_PAGE_BREAKS) {
            for (int end : plan.pageEnds()) {
                sheet.setRowBreak(firstRow + end);
            }
        }
    }

    /**
     * The body rows: every cell styled (so merged regions have borders all round), text where it shows,
     * in red where marked.
     */
    static void writeRows(Sheet sheet, TablePlan plan, int firstRow, SheetStyles styles, RedMarks marks) {
        int columns = plan.columns().size();
        for (int r = 0; r < plan.rowCount(); r++) {
            Row row = sheet.createRow(firstRow + r);
            row.setHeightInPoints((float) plan.height(r));
            for (int c = 0; c < columns; c++) {
                Cell cell = row.createCell(c);
                boolean centred = plan.columns().get(c).centred();
                if (plan.showsText(r, c)) {
                    String text = plan.text(r, c);
                    cell.setCellStyle(styles.body(text, centred, marks.marks(plan.sourceRow(r), c)));
                    if (plan.columns().get(c).numeric() && text.matches("\\d{1,9}")) {
                        cell.setCellValue(Integer.parseInt(text));
                    } else if (!text.isEmpty()) {
                        cell.setCellValue(text);
                    }
                } else {
                    cell.setCellStyle(styles.body("", centred, false));
                }
            }
        }
    }
}
