package org.tianbao.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tianbao.io.AtomicFiles;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.RevisionMarks;
import org.tianbao.model.UserException;

/**
 * Writes a unit's filled form as the official attachment (.xlsx): the form as the first and only sheet,
 * formatted and print-ready, with {@link ReturnMetadata} in custom document properties. The file is
 * written to a temporary name and moved into place, so a failed export never leaves a broken file.
 */
public final class AttachmentWriter {

    /** Most characters a cell holds. */
    public static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String SHEET_NAME = "工作要点表";

    private final Typography typography;

    public AttachmentWriter(Typography typography) {
        this.typography = typography;
    }

    /**
     * @throws UserException when a text is longer than a cell holds (nothing is written)
     * @throws IOException   when the file cannot be written (the old file, if any, is intact)
     */
    public void write(FilledForm form, ReturnMetadata metadata, Path target) throws IOException {
        write(form, metadata, target, RevisionMarks.none(), "");
    }

    /**
     * The same, with what changed since the unit's last export in red and, above the table, the note that
     * says what red means.
     */
    public void write(FilledForm form, ReturnMetadata metadata, Path target, RevisionMarks revisions, String note)
            throws IOException {
        checkCellLimits(form);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(SHEET_NAME);
            TableSheet table = AttachmentSheet.of(form, revisions, note);
            table.writeSheetParts(sheet);
            table.writeRows(sheet, new SheetStyles(wb, typography));
            describe(wb, form, metadata);
            String cuts = Continuations.describe(table.plan(), AttachmentSheet.MEASURES);
            if (!cuts.isEmpty()) {
                wb.getProperties().getCustomProperties().addProperty(Continuations.PROPERTY, cuts);
            }
            StylesheetHygiene.apply(wb);
            AtomicFiles.write(target, wb::write);
        }
    }

    /** Refuses a form with a text longer than a cell holds, naming the item. */
    public static void checkCellLimits(FilledForm form) {
        for (Entry e : form.entries()) {
            check(e, "工作内容", e.item().text());
            check(e, "具体举措及成果形式", e.measures());
            check(e, "责任部门", Departments.join(e.departments()));
        }
    }

    private static void check(Entry e, String column, String text) {
        if (text.length() > MAX_CELL_CHARS) {
            throw new UserException("工作重点 " + e.item().areaNumber() + " 下“" + abbreviate(e.item().text())
                    + "”的" + column + "有 " + text.length() + " 个字符，超过了表格单元格最多能容纳的 " + MAX_CELL_CHARS
                    + " 个字符，请缩短后再导出。");
        }
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 24 ? oneLine : oneLine.substring(0, 24) + "…";
    }

    /** The suggested file name: 填报单位-title.xlsx, without characters Windows forbids in names. */
    public static String defaultFileName(FilledForm form) {
        String unit = forFileName(form.unit().unitName());
        String title = form.definition().title();
        return (unit.isEmpty() ? title : unit + "-" + title) + ".xlsx";
    }

    /** A text as part of a file name: the characters Windows forbids in names replaced. */
    static String forFileName(String text) {
        return text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    static void describe(XSSFWorkbook wb, FilledForm form, ReturnMetadata metadata) {
        POIXMLProperties properties = wb.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        String unit = form.unit().unitName();
        core.setTitle(form.definition().title());
        core.setSubjectProperty(unit.isEmpty() ? form.definition().title() : "填报单位：" + unit);
        core.setCreator(unit.isEmpty() ? "填报通" : unit);
        core.setKeywords(form.definition().title() + "；" + unit);
        core.setCreated(Optional.of(Date.from(metadata.exportedAt().toInstant())));
        properties.getExtendedProperties().getUnderlyingProperties().setCompany(unit);
        MetadataProperties.write(properties.getCustomProperties(), metadata);
    }
}
