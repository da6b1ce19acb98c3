package org.tianbao.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Walks a Word 97-2003 document's (.doc) paragraphs and tables for {@link WordTables}. Such a table
 * names no grid: a cell's column is found from its left edge among the edges of the whole table.
 */
final class DocTables {

    /** Left edges closer than this (in twips, about half a millimetre) are one column's. */
    private static final int EDGE_TOLERANCE = 30;

    private DocTables() {
    }

    static void read(Path file, WordTables out) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HWPFDocument document = new HWPFDocument(fs)) {
            walk(document.getRange(), out);
        }
    }

    private static void walk(Range range, WordTables out) {
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            if (!paragraph.isInTable()) {
                out.paragraph(text(paragraph.text()));
                continue;
            }
            Table table = range.getTable(paragraph);
            List<Integer> edges = columnEdges(table);
            out.table(edges.size());
            for (int r = 0; r < table.numRows(); r++) {
                if (!out.row()) {
                    return;
                }
                TableRow row = table.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    out.cell(column(edges, cell.getLeftEdge()), text(cell.text()));
                }
            }
            i += table.numParagraphs() - 1;
        }
    }

    /** The table's columns by their left edges, edges within the tolerance taken as one. */
    private static List<Integer> columnEdges(Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                all.add(row.getCell(c).getLeftEdge());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int edge : all) {
            if (edges.isEmpty() || edge - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                edges.add(edge);
            }
        }
        return edges;
    }

    private static int column(List<Integer> edges, int leftEdge) {
        int column = 0;
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i) <= leftEdge + EDGE_TOLERANCE) {
                column = i;
            }
        }
        return column;
    }

    /**
     * A paragraph's or cell's text: without the end-of-cell and paragraph marks, the instructions of
     * fields (their shown result kept), paragraphs joined by line breaks.
     */
    private static String text(String raw) {
        String text = Range.stripFields(raw).replace("\u0007", "");
        while (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.replace('\r', '\n');
    }
}
