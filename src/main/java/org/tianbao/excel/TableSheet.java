package org.tianbao.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A printed table sheet: an optional label (附件), a centred title, an information line, the header row and
 * a body laid out by {@link TablePlan}. Built in two steps so that streaming workbooks can use it: the
 * sheet-level parts first ({@link #writeSheetParts}), the rows later ({@link #writeRows}).
 */
final class TableSheet {

    private final String label;
    private final String title;
    private final String infoLine;
    private final List<String> header;
    private final List<TablePlan.Column> columns;
    private final double labelHeight;
    private final double titleHeight;
    private final double infoHeight;
    private final double headerHeight;
    private final TablePlan plan;
    private final RedMarks marks;

    /**
     * @param label    the 附件 label, or null for none
     * @param body     one array of cell texts per body row
     * @param rules    vertical merges of the body
     */
    TableSheet(String label, String title, String infoLine, List<String> header,
               List<TablePlan.Column> columns, List<String[]> body, List<TablePlan.MergeRule> rules) {
        this(label, title, infoLine, header, columns, body, rules, null);
    }

    /** @param pageGroups per body row a key; a new key starts a new page (null: pages as they fill) */
    TableSheet(String label, String title, String infoLine, List<String> header, List<TablePlan.Column> columns,
               List<String[]> body, List<TablePlan.MergeRule> rules, Object[] pageGroups) {
        this(label, title, infoLine, header, columns, body, rules, pageGroups, RedMarks.NONE);
    }

    /** @param marks body cells printed in red, and the note (on the label's row) that says why */
    TableSheet(String label, String title, String infoLine, List<String> header, List<TablePlan.Column> columns,
               List<String[]> body, List<TablePlan.MergeRule> rules, Object[] pageGroups, RedMarks marks) {
        this.marks = marks;
        this.label = label;
        this.title = title;
        this.infoLine = infoLine;
        this.header = List.copyOf(header);
        this.columns = List.copyOf(columns);
        double totalWidth = columns.stream().mapToDouble(TablePlan.Column::widthChars).sum();
        this.labelHeight = label == null ? 0 : TextHeight.heightOf(1, Typography.LABEL_PT);
        this.titleHeight = TextHeight.heightOf(title, Typography.TITLE_PT, totalWidth) + 8;
        this.infoHeight = TextHeight.heightOf(infoLine, Typography.TABLE_PT, totalWidth);
        double h = 0;
        for (int c = 0; c < columns.size(); c++) {
            h = Math.max(h, TextHeight.heightOf(header.get(c), Typography.TABLE_PT, columns.get(c).widthChars()));
        }
        this.headerHeight = h + 4;
        double room = PageGeometry.pageRoom(columns, headerHeight);
        this.plan = new TablePlan(columns, body, rules, pageGroups, Typography.TABLE_PT,
                room - labelHeight - titleHeight - infoHeight, room);
    }

    String label() {
        return label;
    }

    String title() {
        return title;
    }

    String infoLine() {
        return infoLine;
    }

    List<String> header() {
        return header;
    }

    List<TablePlan.Column> columns() {
        return columns;
    }

    double labelHeight() {
        return labelHeight;
    }

    double titleHeight() {
        return titleHeight;
    }

    double infoHeight() {
        return infoHeight;
    }

    double headerHeight() {
        return headerHeight;
    }

    /** Row index (0-based) of the header row. */
    int headerRow() {
        return label == null ? 2 : 3;
    }

    int firstBodyRow() {
        return headerRow() + 1;
    }

    TablePlan plan() {
        return plan;
    }

    void writeSheetParts(Sheet sheet) {
        PageGeometry.setColumnWidths(sheet, columns);
        int last = columns.size() - 1;
        int titleRow = headerRow() - 2;
        if (label != null) {
            // The label is wider than the 序号 column; spread over two columns it never wraps.
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        }
        sheet.addMergedRegion(new CellRangeAddress(titleRow, titleRow, 0, last));
        sheet.addMergedRegion(new CellRangeAddress(titleRow + 1, titleRow + 1, 0, last));
        PageGeometry.apply(sheet, headerRow());
        TableWriter.writeSheetParts(sheet, plan, firstBodyRow());
    }

    void writeRows(Sheet sheet, SheetStyles styles) {
        int r = 0;
        if (label != null) {
            Row labelRow = textRow(sheet, r++, labelHeight, label, styles.label, 2);
            if (!marks.note().isEmpty()) {
                Cell note = labelRow.createCell(columns.size() - 1);
                note.setCellStyle(styles.redNote);
                note.setCellValue(marks.note());
            }
        }
        textRow(sheet, r++, titleHeight, title, styles.title, columns.size());
        textRow(sheet, r++, infoHeight, infoLine, styles.unitLine, columns.size());
        Row headerRow = sheet.createRow(r);
        headerRow.setHeightInPoints((float) headerHeight);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(header.get(c));
        }
        TableWriter.writeRows(sheet, plan, firstBodyRow(), styles, marks);
    }

    /** A row whose first cell holds the text, spanning (with the same style) {@code span} cells. */
    private static Row textRow(Sheet sheet, int index, double height, String text,
                               org.apache.poi.ss.usermodel.CellStyle style, int span) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints((float) height);
        for (int c = 0; c < span; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            if (c == 0) {
                cell.setCellValue(text);
            }
        }
        return row;
    }
}
