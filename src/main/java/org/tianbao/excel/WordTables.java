package org.tianbao.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * The tables of a Word document (.docx) as sheets of a workbook in memory. The attachment comes from
 * above as a Word table, and units that do not use the app fill it in Word or WPS; read this way, such a
 * return reads as an exported one does. Each table becomes a sheet, after the paragraphs just before it
 * (where the 填报单位 line stands); a table split in two goes on in its sheet. A cell spanning grid columns
 * stands at its grid position, and the continuation of a vertically merged cell is empty, as in a
 * spreadsheet.
 */
final class WordTables {

    /** Paragraphs kept before each table: the title, the 填报单位 line and little else. */
    private static final int PARAGRAPHS_BEFORE = 10;

    private WordTables() {
    }

    static Workbook open(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        try (XWPFDocument document = new XWPFDocument(pkg)) {
            return asWorkbook(file, document);
        } finally {
            pkg.revert();
        }
    }

    /** The same from a copy of the file in memory (repaired by the caller). */
    static Workbook open(Path file, InputStream in) throws IOException {
        try (XWPFDocument document = new XWPFDocument(in)) {
            return asWorkbook(file, document);
        }
    }

    private static Workbook asWorkbook(Path file, XWPFDocument document) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Deque<String> before = new ArrayDeque<>();
        Sheet last = null;
        int lastColumns = -1;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph.getText();
                if (!text.isBlank()) {
                    before.addLast(text);
                    if (before.size() > PARAGRAPHS_BEFORE) {
                        before.removeFirst();
                    }
                }
            } else if (element instanceof XWPFTable table) {
                int columns = gridColumns(table);
                // A table split in two (a page break put between its rows) goes on in the same sheet:
                // nothing but empty paragraphs between, and the same columns.
                if (last != null && before.isEmpty() && columns == lastColumns) {
                    copyRows(file, table, last);
                    continue;
                }
                Sheet sheet = workbook.createSheet("表格" + (workbook.getNumberOfSheets() + 1));
                for (String text : before) {
                    sheet.createRow(sheet.getPhysicalNumberOfRows()).createCell(0).setCellValue(text);
                }
                before.clear();
                copyRows(file, table, sheet);
                last = sheet;
                lastColumns = columns;
            }
        }
        if (workbook.getNumberOfSheets() == 0) {
            throw SpreadsheetFiles.notThisForm(file, "它是 Word 文档，其中没有表格，不是填报的表格");
        }
        return workbook;
    }

    private static void copyRows(Path file, XWPFTable table, Sheet sheet) {
        for (XWPFTableRow row : table.getRows()) {
            if (sheet.getPhysicalNumberOfRows() > AttachmentReader.MAX_ROWS + 1) {
                return; // the reader refuses a table this long, naming its length
            }
            Row out = sheet.createRow(sheet.getPhysicalNumberOfRows());
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = cell.getParagraphs().stream().map(XWPFParagraph::getText)
                        .collect(Collectors.joining("\n"));
                if (text.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
                    throw SpreadsheetFiles.refuse(file, "表格第 " + (out.getRowNum() + 1) + " 行有一格超过 "
                            + SpreadsheetVersion.EXCEL2007.getMaxTextLength() + " 字，不是一份填报表");
                }
                if (!text.isBlank()) {
                    out.createCell(column).setCellValue(text);
                }
                column += span(cell);
            }
        }
    }

    /** The widest row's number of grid columns. */
    private static int gridColumns(XWPFTable table) {
        int widest = 0;
        for (XWPFTableRow row : table.getRows()) {
            widest = Math.max(widest, row.getTableCells().stream().mapToInt(WordTables::span).sum());
        }
        return widest;
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, Math.min(span.intValue(), 64));
    }
}
