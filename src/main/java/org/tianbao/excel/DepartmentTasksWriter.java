package org.tianbao.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tianbao.io.AtomicFiles;
import org.tianbao.model.DepartmentTasks;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UserException;

/**
 * Writes the 部门分工表 (.xlsx): the filled form by responsible department, for the county's own use. It is
 * not a return: it carries no return record, and importing or consolidating it is refused as not the form.
 */
public final class DepartmentTasksWriter {

    static final String SHEET_NAME = "部门分工";
    /** Marks the file as a 部门分工表, so that a reader of returns names it instead of misreading it. */
    static final String DOCUMENT_PROPERTY = ReturnMetadata.PREFIX + "Document";
    static final String DOCUMENT = "部门分工表";

    private final Typography typography;

    public DepartmentTasksWriter(Typography typography) {
        this.typography = typography;
    }

    /**
     * @param dictionary the department dictionary, whose order the departments follow
     * @return what was written, department by department
     * @throws UserException when no row names a department or has measures (nothing is written)
     * @throws IOException   when the file cannot be written (the old file, if any, is intact)
     */
    public DepartmentTasks write(FilledForm form, List<String> dictionary, Path target) throws IOException {
        AttachmentWriter.checkCellLimits(form);
        DepartmentTasks tasks = DepartmentTasks.of(form, dictionary);
        if (tasks.isEmpty()) {
            throw new UserException("还没有填写任何一项的举措或责任部门，部门分工表无内容可列。");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(SHEET_NAME);
            TableSheet table = DepartmentTasksSheet.of(form, tasks);
            table.writeSheetParts(sheet);
            table.writeRows(sheet, new SheetStyles(wb, typography));
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            core.setTitle(table.title());
            core.setCreator(form.unit().hasUnitName() ? form.unit().unitName() : "填报通");
            wb.getProperties().getCustomProperties().addProperty(DOCUMENT_PROPERTY, DOCUMENT);
            StylesheetHygiene.apply(wb);
            AtomicFiles.write(target, wb::write);
        }
        return tasks;
    }

    /** The suggested file name: 填报单位-部门分工表.xlsx. */
    public static String defaultFileName(FilledForm form) {
        String unit = AttachmentWriter.forFileName(form.unit().unitName());
        return (unit.isEmpty() ? "" : unit + "-") + "部门分工表.xlsx";
    }
}
