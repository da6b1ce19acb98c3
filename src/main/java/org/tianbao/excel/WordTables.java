package org.tianbao.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tables of a Word document as sheets of a workbook in memory. The attachment comes from above as a
 * Word table, and units that do not use the app fill it in Word or WPS; read this way, such a return
 * reads as an exported one does. Each table becomes a sheet, after the paragraphs just before it (where
 * the 填报单位 line stands); a table split in two goes on in its sheet. A cell spanning grid columns stands
 * at its grid position, and the continuation of a vertically merged cell is empty, as in a spreadsheet.
 * {@link DocxTables} and {@link DocTables} walk the two file formats; this class builds the sheets.
 */
final class WordTables {

    /** Paragraphs kept before each table: the title, the 填报单位 line and little else. */
    private static final int PARAGRAPHS_BEFORE = 10;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Path file;
    private final Document workbook = new Document();
    private final Deque<String> before = new ArrayDeque<>();
    private Sheet current;
    private int currentColumns = -1;
    private Row row;

    private WordTables(Path file) {
        this.file = file;
    }

    /** Opens a .docx (zip) or .doc (Word 97-2003) document. */
    static Workbook open(Path file, boolean docx) throws IOException {
        WordTables tables = new WordTables(file);
        if (docx) {
            DocxTables.read(file, tables);
        } else {
            DocTables.read(file, tables);
        }
        return tables.finish();
    }

    /** The same for a .docx read from memory (repaired by the caller). */
    static Workbook open(Path file, InputStream docx) throws IOException {
        WordTables tables = new WordTables(file);
        DocxTables.read(docx, tables);
        return tables.finish();
    }

    /**
     * The sheets, with the document's own return record (custom properties of a .docx the app wrote), which
     * a workbook in memory cannot carry in a package part of its own.
     */
    static final class Document extends XSSFWorkbook {
        private final Map<String, Object> customProperties = new LinkedHashMap<>();

        Map<String, Object> customProperties() {
            return customProperties;
        }
    }

    /** The document's custom properties of the app's own (its return record), when it has any. */
    void customProperties(Map<String, Object> properties) {
        workbook.customProperties.putAll(properties);
    }

    /** A paragraph outside any table, in document order. */
    void paragraph(String text) {
        if (!text.isBlank()) {
            before.addLast(text);
            if (before.size() > PARAGRAPHS_BEFORE) {
                before.removeFirst();
            }
        }
    }

    /**
     * A table begins, {@code columns} grid columns wide. Right after a table of the same width, with
     * nothing but empty paragraphs between, it goes on in that table's sheet (a table split in two).
     */
    void table(int columns) {
        if (current != null && before.isEmpty() && columns == currentColumns) {
            return;
        }
        current = workbook.createSheet("表格" + (workbook.getNumberOfSheets() + 1));
        currentColumns = columns;
        for (String text : before) {
            current.createRow(current.getPhysicalNumberOfRows()).createCell(0).setCellValue(text);
        }
        before.clear();
    }

    /** A row of the current table begins; false when the table is longer than any form (the rest is not read). */
    boolean row() {
        if (current.getPhysicalNumberOfRows() > AttachmentReader.MAX_ROWS + 1) {
            return false; // the reader refuses a table this long, naming its length
        }
        row = current.createRow(current.getPhysicalNumberOfRows());
        return true;
    }

    /** A cell of the current row, at its grid column; its paragraphs joined by line breaks. */
    void cell(int column, String text) {
        if (text.length() > MAX_CELL_TEXT) {
            throw SpreadsheetFiles.refuse(file, "表格第 " + (row.getRowNum() + 1) + " 行有一格超过 " + MAX_CELL_TEXT
                    + " 字，不是一份填报表");
        }
        if (!text.isBlank()) {
            row.createCell(column).setCellValue(text);
        }
    }

    private Workbook finish() {
        if (workbook.getNumberOfSheets() == 0) {
            throw SpreadsheetFiles.notThisForm(file, "它是 Word 文档，其中没有表格，不是填报的表格");
        }
        return workbook;
    }
}
