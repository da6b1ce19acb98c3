package org.tianbao.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.KeyArea;

/**
 * Writes a return as a unit that does not use the app sends it: the attachment's Word table filled in by
 * hand, 序号 and 工作重点 merged down each key area, each paragraph of the measures a paragraph of its cell,
 * the 填报单位 line above the table, and a note below it.
 */
public final class SampleWordReturns {

    private SampleWordReturns() {
    }

    public static Path write(FilledForm form, Path file) {
        return write(form, file, 0);
    }

    /**
     * The same, the table split in two after the given key area (0: not split), as Word does when a page
     * break is put between rows: an empty paragraph between two tables, the second without a header.
     */
    public static Path write(FilledForm form, Path file, int splitAfterArea) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("附件");
            doc.createParagraph().createRun().setText(form.definition().title());
            doc.createParagraph().createRun().setText("填报单位：" + form.unit().unitName() + "　　填报人："
                    + form.unit().reporter() + "　　联系电话：" + form.unit().phone());
            XWPFTable table = doc.createTable(1, 5);
            List<String> header = form.definition().columns();
            for (int c = 0; c < 5; c++) {
                setText(table.getRow(0).getCell(c), header.get(c));
            }
            for (KeyArea area : form.definition().areas()) {
                XWPFTableRow firstOfNewTable = null;
                if (area.number() == splitAfterArea + 1 && splitAfterArea > 0) {
                    doc.createParagraph();
                    table = doc.createTable(1, 5);
                    firstOfNewTable = table.getRow(0);
                }
                List<Entry> entries = form.entriesOf(area.number());
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    XWPFTableRow row = i == 0 && firstOfNewTable != null ? firstOfNewTable : table.createRow();
                    merge(row.getCell(0), i == 0);
                    merge(row.getCell(1), i == 0);
                    if (i == 0) {
                        setText(row.getCell(0), String.valueOf(area.number()));
                        setText(row.getCell(1), area.title());
                    }
                    setText(row.getCell(2), e.item().text());
                    setText(row.getCell(3), e.measures());
                    setText(row.getCell(4), Departments.join(e.departments()));
                }
            }
            // A note row, its one cell spanning the table.
            XWPFTableRow note = table.createRow();
            for (int c = note.getTableCells().size() - 1; c > 0; c--) {
                note.removeCell(c);
            }
            CTTcPr span = properties(note.getCell(0));
            span.addNewGridSpan().setVal(BigInteger.valueOf(5));
            setText(note.getCell(0), "注：本表由单位填写后报送。");
            doc.createParagraph().createRun().setText("（此页无正文）");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A cell's text, one paragraph per line as Word keeps them. */
    static void setText(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph first = cell.getParagraphs().get(0);
        first.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    private static void merge(XWPFTableCell cell, boolean first) {
        properties(cell).addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
