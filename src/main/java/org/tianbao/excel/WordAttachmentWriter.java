package org.tianbao.excel;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.tianbao.io.AtomicFiles;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.KeyArea;
import org.tianbao.model.RevisionMarks;

/**
 * Writes a unit's filled form as the attachment's Word table (.docx), the format the attachment came in
 * from above, for offices that want it returned as it was sent: 附件, the title, the 填报单位 line, and the
 * table 序号 | 工作重点 | 工作内容 | 具体举措及成果形式 | 责任部门 on A4 landscape, 序号 and 工作重点 merged
 * over each key area, the header row repeated on every page, page numbers as official documents print
 * them (— 1 —). Word breaks long rows across pages by itself. The return record travels in the document's
 * custom properties, as in the .xlsx; import and 汇总 read the file like any Word return.
 */
public final class WordAttachmentWriter {

    /** A4 landscape in twentieths of a point. */
    private static final int PAGE_WIDTH = 16838;
    private static final int PAGE_HEIGHT = 11906;
    /** 2.5 cm top and bottom, 2 cm at the sides. */
    private static final int MARGIN_TOP = 1418;
    private static final int MARGIN_SIDE = 1134;
    private static final int TABLE_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

    private final Typography typography;

    public WordAttachmentWriter(Typography typography) {
        this.typography = typography;
    }

    /**
     * @throws org.tianbao.model.UserException when a text is longer than the form allows (nothing is written)
     * @throws IOException                     when the file cannot be written (the old file, if any, is intact)
     */
    public void write(FilledForm form, ReturnMetadata metadata, Path target) throws IOException {
        write(form, metadata, target, RevisionMarks.none(), "");
    }

    /** The same, with what changed since the unit's last export in red and the note that says so. */
    public void write(FilledForm form, ReturnMetadata metadata, Path target, RevisionMarks revisions, String note)
            throws IOException {
        AttachmentWriter.checkCellLimits(form);
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            text(doc.createParagraph(), form.definition().label(), typography.labelFont(), Typography.LABEL_PT, false);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            title.setSpacingAfter(240);
            text(title, form.definition().title(), typography.titleFont(), Typography.TITLE_PT, false);
            XWPFParagraph unit = doc.createParagraph();
            unit.setSpacingAfter(120);
            text(unit, AttachmentSheet.unitLine(form.unit()), typography.bodyFont(), Typography.TABLE_PT, false);
            if (!note.isEmpty()) {
                XWPFParagraph said = doc.createParagraph();
                said.setAlignment(ParagraphAlignment.RIGHT);
                said.setSpacingAfter(120);
                text(said, note, typography.bodyFont(), Typography.TABLE_PT, true);
            }
            table(doc, form, revisions);
            describe(doc, form, metadata);
            AtomicFiles.write(target, doc::write);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setFooter(BigInteger.valueOf(850));
        margins.setHeader(BigInteger.valueOf(850));
        XWPFFooter footer = new XWPFHeaderFooterPolicy(doc, section).createFooter(STHdrFtr.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        // — PAGE —, the field as Word writes it: begin, instruction, separator, shown value, end.
        number.createRun().setText("— ");
        number.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        number.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        number.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        number.createRun().setText("1");
        number.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        number.createRun().setText(" —");
    }

    /**
     * The workbook's proportions, but 序号 two characters wide: Word's cell margins take more of a narrow
     * column than a spreadsheet's, and the heading 序号 would break in two.
     */
    static final List<TablePlan.Column> COLUMNS = List.of(
            new TablePlan.Column(8, true, true),
            new TablePlan.Column(14, true, false),
            new TablePlan.Column(30, false, false),
            new TablePlan.Column(58, false, false),
            new TablePlan.Column(26, false, false));

    private void table(XWPFDocument doc, FilledForm form, RevisionMarks revisions) {
        List<TablePlan.Column> columns = COLUMNS;
        double chars = columns.stream().mapToDouble(TablePlan.Column::widthChars).sum();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (int) Math.round(TABLE_WIDTH * columns.get(c).widthChars() / chars);
        }
        XWPFTable table = doc.createTable(1, columns.size());
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TABLE_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        List<String> names = form.definition().columns();
        for (int c = 0; c < columns.size(); c++) {
            cell(header.getCell(c), widths[c], names.get(c), true, typography.headingFont(), STVerticalJc.CENTER, false);
        }
        int previousArea = -1;
        for (Entry entry : form.entries()) {
            KeyArea area = form.definition().area(entry.item().areaNumber());
            boolean first = area.number() != previousArea;
            previousArea = area.number();
            XWPFTableRow row = table.createRow();
            String[] texts = {first ? String.valueOf(area.number()) : "", first ? area.title() : "",
                    entry.item().text(), entry.measures(), Departments.join(entry.departments())};
            boolean[] red = {false, false, revisions.marks(entry, RevisionMarks.Part.ITEM),
                    revisions.marks(entry, RevisionMarks.Part.MEASURES), revisions.marks(entry, RevisionMarks.Part.DEPARTMENTS)};
            for (int c = 0; c < columns.size(); c++) {
                boolean merged = c == AttachmentSheet.NUMBER || c == AttachmentSheet.AREA;
                XWPFTableCell cell = row.getCell(c);
                cell(cell, widths[c], texts[c], columns.get(c).centred(), typography.bodyFont(),
                        merged ? STVerticalJc.CENTER : STVerticalJc.TOP, red[c]);
                if (merged) {
                    CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    tc.addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
                }
            }
        }
    }

    /** A cell: its width, one paragraph per line of the text, the font, centred or not, red or not. */
    private static void cell(XWPFTableCell cell, int width, String text, boolean centred, String font,
                             STVerticalJc.Enum vertical, boolean red) {
        CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        tc.addNewVAlign().setVal(vertical);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            // Left, not justified: a justified line of a narrow cell spreads a department's name apart.
            p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            p.setSpacingAfter(0);
            p.setSpacingBefore(0);
            if (!lines[i].isEmpty()) {
                text(p, lines[i], font, Typography.TABLE_PT, red);
            }
        }
    }

    private static void text(XWPFParagraph paragraph, String text, String font, double points, boolean red) {
        XWPFRun run = paragraph.createRun();
        if (red) {
            run.setColor("FF0000");
        }
        run.setText(text);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(points);
    }

    private static void describe(XWPFDocument doc, FilledForm form, ReturnMetadata metadata) {
        POIXMLProperties properties = doc.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        String unit = form.unit().unitName();
        core.setTitle(form.definition().title());
        core.setCreator(unit.isEmpty() ? "填报通" : unit);
        core.setCreated(Optional.of(Date.from(metadata.exportedAt().toInstant())));
        properties.getExtendedProperties().getUnderlyingProperties().setCompany(unit);
        MetadataProperties.write(properties.getCustomProperties(), metadata);
    }

    /** The suggested file name: 填报单位-title.docx. */
    public static String defaultFileName(FilledForm form) {
        String name = AttachmentWriter.defaultFileName(form);
        return name.substring(0, name.length() - ".xlsx".length()) + ".docx";
    }
}
