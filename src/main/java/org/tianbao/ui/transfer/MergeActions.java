package org.tianbao.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.tianbao.model.UserException;
import org.tianbao.store.Workspace;
import org.tianbao.transfer.ImportService;
import org.tianbao.transfer.MergePlan;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.FileDialogs;
import org.tianbao.ui.SavesFirst;
import org.tianbao.ui.edit.SaveQueue;

/**
 * 文件 → 合并各部门填写的表格…: the county office hands the form to its departments and gets back a file
 * from each with its rows filled; this adds them all to the unit's form at once (an import would make the
 * form what one file says). The files are read off the UI thread while a modal dialog waits, so that
 * nothing is typed into a form about to be merged.
 */
public final class MergeActions {

    private static final Logger LOG = Logger.getLogger(MergeActions.class.getName());

    private final Window owner;
    private final Workspace workspace;
    private final SaveQueue saves;
    private final FileDialogs files;
    private final Consumer<String> reloadAt;

    /**
     * @param reloadAt rebuilds the window from the database after the merge, showing the row of the given
     *                 id: the first merged row, where the officer starts checking what came in
     */
    public MergeActions(Window owner, Workspace workspace, SaveQueue saves, FileDialogs files,
                        Consumer<String> reloadAt) {
        this.owner = owner;
        this.workspace = workspace;
        this.saves = saves;
        this.files = files;
        this.reloadAt = reloadAt;
    }

    /** Asks for the departments' files, then merges them after showing what changes. */
    public void merge() {
        List<Path> chosen = files.openMany(owner, "选择各部门填写的表格（可多选）", FileDialogs.RETURNS);
        if (!chosen.isEmpty()) {
            merge(chosen);
        }
    }

    /** Reads the files, shows what the merge adds, and merges them if the officer agrees. */
    public void merge(List<Path> chosen) {
        if (!SavesFirst.flushed(owner, saves)) {
            return;
        }
        ImportService service = new ImportService(workspace);
        Task<MergePlan> reading = new Task<>() {
            @Override
            protected MergePlan call() throws InterruptedException {
                return service.planMerge(chosen);
            }
        };
        Dialog<ButtonType> waiting = waitingFor(chosen.size());
        reading.setOnSucceeded(e -> {
            waiting.close();
            review(service, reading.getValue());
        });
        reading.setOnFailed(e -> {
            waiting.close();
            Throwable problem = reading.getException();
            if (problem instanceof UserException) {
                Dialogs.error(owner, "无法合并", problem.getMessage());
            } else {
                LOG.log(Level.SEVERE, "reading " + chosen + " for a merge failed", problem);
                Dialogs.error(owner, "无法合并", "读取所选文件时发生意外错误，数据没有改变。详情已写入日志文件。");
            }
        });
        waiting.setOnHidden(e -> reading.cancel());
        Thread worker = new Thread(reading, "tianbao-merge-read");
        worker.setDaemon(true);
        worker.start();
        waiting.show();
    }

    private Dialog<ButtonType> waitingFor(int count) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.CANCEL);
        Dialogs.prepare(dialog, owner, "正在读取 " + count + " 个文件…");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        HBox content = new HBox(12, spinner, new Label("读取完成后会先列出要合并的内容，确认后才会改变数据。"));
        content.setId("merge-reading");
        dialog.getDialogPane().setContent(content);
        return dialog;
    }

    private void review(ImportService service, MergePlan plan) {
        if (!plan.changesAnything()) {
            Dialogs.info(owner, "没有新的内容", MergePreviewDialog.nothingNew(plan));
            return;
        }
        Optional<List<MergePlan.Change>> chosen = MergePreviewDialog.choose(owner, plan);
        if (chosen.isEmpty()) {
            return;
        }
        try {
            service.apply(plan, chosen.get());
        } catch (UserException e) {
            Dialogs.error(owner, "合并失败", e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "merge failed", e);
            Dialogs.error(owner, "合并失败", "合并时出错，数据没有改变。详情已写入日志文件。");
            return;
        }
        reloadAt.accept(chosen.get().get(0).item().id());
    }
}
