package org.tianbao.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/** Walks a .docx document's paragraphs and tables for {@link WordTables}. */
final class DocxTables {

    private DocxTables() {
    }

    static void read(Path file, WordTables out) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        try (XWPFDocument document = new XWPFDocument(pkg)) {
            walk(document, out);
        } finally {
            pkg.revert();
        }
    }

    static void read(InputStream in, WordTables out) throws IOException {
        try (XWPFDocument document = new XWPFDocument(in)) {
            walk(document, out);
        }
    }

    private static void walk(XWPFDocument document, WordTables out) {
        out.customProperties(MetadataProperties.readCustomPart(document.getPackage()));
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                out.paragraph(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                out.table(gridColumns(table));
                for (XWPFTableRow row : table.getRows()) {
                    if (!out.row()) {
                        return;
                    }
                    int column = 0;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        out.cell(column, cell.getParagraphs().stream().map(XWPFParagraph::getText)
                                .collect(Collectors.joining("\n")));
                        column += span(cell);
                    }
                }
            }
        }
    }

    /** The widest row's number of grid columns. */
    private static int gridColumns(XWPFTable table) {
        int widest = 0;
        for (XWPFTableRow row : table.getRows()) {
            widest = Math.max(widest, row.getTableCells().stream().mapToInt(DocxTables::span).sum());
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
