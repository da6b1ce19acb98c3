package org.tianbao.ui.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.tianbao.excel.DepartmentTasksWriter;
import org.tianbao.excel.Typography;
import org.tianbao.io.FileProblems;
import org.tianbao.model.FilledForm;
import org.tianbao.model.RevisionMarks;
import org.tianbao.model.UserException;
import org.tianbao.store.ExportHistory;
import org.tianbao.store.Workspace;
import org.tianbao.transfer.ExportService;
import org.tianbao.transfer.ImportPlan;
import org.tianbao.transfer.ImportService;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.FileDialogs;
import org.tianbao.ui.SavesFirst;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.ItemModel;

/** 文件 → 导出表格… and 导入表格…: the checks, the dialogs and the work around the export and import services. */
public final class TransferActions {

    private static final Logger LOG = Logger.getLogger(TransferActions.class.getName());
    static final FileDialogs.Filter XLSX = new FileDialogs.Filter("Excel 工作簿 (*.xlsx)", "*.xlsx");

    private final Window owner;
    private final Workspace workspace;
    private final FormSession session;
    private final FileDialogs files;
    private final Consumer<ItemModel> goTo;
    private final Runnable editUnit;
    private final Runnable reload;
    private final Consumer<Path> exported;

    /**
     * @param goTo     selects an item and puts the caret in its editor
     * @param editUnit asks for the 填报单位 details
     * @param reload   rebuilds the window from the database after an import
     * @param exported offers to open the exported file or its folder
     */
    public TransferActions(Window owner, Workspace workspace, FormSession session, FileDialogs files,
                           Consumer<ItemModel> goTo, Runnable editUnit, Runnable reload, Consumer<Path> exported) {
        this.owner = owner;
        this.workspace = workspace;
        this.session = session;
        this.files = files;
        this.goTo = goTo;
        this.editUnit = editUnit;
        this.reload = reload;
        this.exported = exported;
    }

    static final FileDialogs.Filter DOCX = new FileDialogs.Filter("Word 文档 (*.docx)", "*.docx");
    static final ButtonType MARKED_XLSX = new ButtonType("导出表格（.xlsx）", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType MARKED_DOCX = new ButtonType("导出 Word 文档（.docx）", ButtonBar.ButtonData.OTHER);

    /** Checks what is missing, asks where to save, exports the workbook (.xlsx). */
    public void exportForm() {
        exportForm(false, false);
    }

    /** The same as a Word document (.docx), the format the attachment came in from above. */
    public void exportWordDocument() {
        exportForm(true, false);
    }

    /**
     * 文件 → 导出并标出修改: a corrected return shows in red what changed since the last export (修改处标红),
     * as a workbook or a Word document. Says so instead when there is no export to compare with, or no change.
     */
    public void exportMarkingChanges() {
        if (!SavesFirst.flushed(owner, session.saves())) {
            return;
        }
        Optional<ExportService.Revision> revision = new ExportService(workspace).changesSinceLastExport();
        if (revision.isEmpty()) {
            Dialogs.info(owner, "还没有导出过", "这张表还没有导出过。导出报送之后再作修改，可以用这一项以红色字标出修改之处。");
            return;
        }
        ExportHistory.Version since = revision.get().since();
        String when = since.exportedAt().getMonthValue() + "月" + since.exportedAt().getDayOfMonth() + "日第 "
                + since.sequence() + " 次导出";
        RevisionMarks marks = revision.get().marks();
        if (marks.isEmpty()) {
            Dialogs.info(owner, "没有修改", "自" + when + "以来没有修改，没有要标红的内容。");
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "自" + when + "以来修改了 " + marks.rowCount() + " 项"
                + (marks.removedOwnRows().isEmpty() ? "" : "，删去了 " + marks.removedOwnRows().size() + " 项本单位工作")
                + "。导出的文件中，修改的内容用红色字，表格上方注明“" + revision.get().note() + "”。",
                MARKED_XLSX, MARKED_DOCX, Dialogs.CANCEL);
        Dialogs.prepare(ask, owner, "导出并标出修改");
        Dialogs.widen(ask, 640);
        // Each button as wide as its own words: made as wide as the widest, 导出 Word 文档 lost its end.
        for (ButtonType type : ask.getButtonTypes()) {
            ButtonBar.setButtonUniformSize(ask.getDialogPane().lookupButton(type), false);
        }
        ask.showAndWait().filter(b -> b != Dialogs.CANCEL).ifPresent(b -> exportForm(b == MARKED_DOCX, true));
    }

    private void exportForm(boolean word, boolean markChanges) {
        if (!session.unitProperty().get().hasUnitName()) {
            if (!Dialogs.confirm(owner, "尚未设置填报单位", "导出的表格要写明填报单位，文件名也用它。现在设置吗？", "设置填报单位")) {
                return;
            }
            editUnit.run();
            if (!session.unitProperty().get().hasUnitName()) {
                return;
            }
        }
        List<ExportCheckDialog.Problem> problems = ExportCheckDialog.problems(session.items());
        if (!problems.isEmpty()) {
            ExportCheckDialog.Answer answer = ExportCheckDialog.ask(owner, problems);
            if (answer instanceof ExportCheckDialog.Answer.GoTo go) {
                goTo.accept(go.item());
            }
            if (!(answer instanceof ExportCheckDialog.Answer.Export)) {
                return;
            }
        }
        if (!SavesFirst.flushed(owner, session.saves())) {
            return;
        }
        ExportService service = new ExportService(workspace);
        Optional<Path> chosen = word
                ? files.save(owner, "导出为 Word 文档", service.defaultWordFileName(), DOCX).map(p -> withExtension(p, ".docx"))
                : files.save(owner, "导出表格", service.defaultFileName(), XLSX).map(TransferActions::withXlsx);
        chosen.ifPresent(target -> {
            try {
                session.exportedProperty().set(service.export(target, Typography.forThisComputer(), markChanges).form());
            } catch (UserException e) {
                Dialogs.error(owner, "导出失败", e.getMessage());
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "export to " + target + " failed", e);
                Dialogs.error(owner, "导出失败", "导出“" + target.getFileName() + "”时发生意外错误，详情已写入日志文件。");
                return;
            }
            exported.accept(target);
        });
    }

    /**
     * 文件 → 导出部门分工表: the form by responsible department, for the county's departments. It is no
     * return, so nothing is checked for completeness; what is not filled yet is simply not listed.
     */
    public void exportDepartmentTasks() {
        if (!SavesFirst.flushed(owner, session.saves())) {
            return;
        }
        FilledForm form = workspace.forms().load();
        files.save(owner, "导出部门分工表", DepartmentTasksWriter.defaultFileName(form), XLSX)
                .map(TransferActions::withXlsx).ifPresent(target -> {
                    try {
                        new DepartmentTasksWriter(Typography.forThisComputer())
                                .write(form, List.copyOf(session.departmentNames()), target);
                    } catch (UserException e) {
                        Dialogs.error(owner, "没有导出", e.getMessage());
                        return;
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "export of department tasks to " + target + " failed", e);
                        Dialogs.error(owner, "导出失败", FileProblems.writeFailure(target, e));
                        return;
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "export of department tasks to " + target + " failed", e);
                        Dialogs.error(owner, "导出失败", "导出“" + target.getFileName() + "”时发生意外错误，详情已写入日志文件。");
                        return;
                    }
                    exported.accept(target);
                });
    }

    /** Asks for a returned file and imports it after showing what changes. */
    public void importForm() {
        files.open(owner, "导入表格", FileDialogs.RETURNS).ifPresent(this::importFile);
    }

    /** Imports the given file after showing what changes (also for files passed on the command line). */
    public void importFile(Path file) {
        if (!SavesFirst.flushed(owner, session.saves())) {
            return;
        }
        ImportService service = new ImportService(workspace);
        ImportPlan plan;
        try {
            plan = service.plan(file);
        } catch (UserException e) {
            Dialogs.error(owner, "无法导入", e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "reading " + file + " failed", e);
            Dialogs.error(owner, "无法导入", "读取“" + file.getFileName() + "”时发生意外错误，数据没有改变。详情已写入日志文件。");
            return;
        }
        if (!plan.changesAnything(workspace.forms().load())) {
            Dialogs.info(owner, "无需导入", "“" + file.getFileName() + "”的内容与当前数据相同。");
            return;
        }
        if (!ImportPreviewDialog.confirm(owner, plan)) {
            return;
        }
        try {
            service.apply(plan);
        } catch (UserException e) {
            Dialogs.error(owner, "导入失败", e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "import of " + file + " failed", e);
            Dialogs.error(owner, "导入失败", "导入“" + file.getFileName() + "”时出错，数据没有改变。详情已写入日志文件。");
            return;
        }
        reload.run();
    }

    private static Path withXlsx(Path target) {
        return withExtension(target, ".xlsx");
    }

    private static Path withExtension(Path target, String extension) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? target : target.resolveSibling(name + extension);
    }
}
