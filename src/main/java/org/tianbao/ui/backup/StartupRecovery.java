package org.tianbao.ui.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.UserException;
import org.tianbao.store.Backups;
import org.tianbao.store.DamagedDatabaseException;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Snapshot;
import org.tianbao.store.SnapshotFile;
import org.tianbao.store.Workspace;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.FileDialogs;

/**
 * At start, when the database is damaged or gone: says so, and lets the officer restore the newest
 * backup, pick a backup file, or knowingly start with a blank form. Never starts empty on its own.
 */
public final class StartupRecovery {

    private static final Logger LOG = Logger.getLogger(StartupRecovery.class.getName());

    private StartupRecovery() {
    }

    /** Returns the opened workspace, or empty when the officer chose to quit. */
    public static Optional<Workspace> ask(DamagedDatabaseException damaged, FileDialogs files) throws IOException {
        DataFolder folder = damaged.folder();
        while (true) {
            List<Backups.Backup> backups = new Backups(folder).list();
            ButtonType newest = new ButtonType("从最新备份恢复", ButtonBar.ButtonData.OK_DONE);
            ButtonType pick = new ButtonType("选择备份文件…", ButtonBar.ButtonData.OTHER);
            ButtonType blank = new ButtonType("以空白表格开始", ButtonBar.ButtonData.OTHER);
            ButtonType quit = new ButtonType("退出", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, message(damaged, backups));
            alert.getButtonTypes().setAll(backups.isEmpty() ? List.of(pick, blank, quit) : List.of(newest, pick, blank, quit));
            Dialogs.prepare(alert, null, damaged.keptAs().isPresent() ? "数据文件已损坏" : "找不到数据文件");
            ButtonType answer = alert.showAndWait().orElse(quit);
            if (answer == quit) {
                return Optional.empty();
            }
            if (answer == blank) {
                return Optional.of(Workspace.open(folder, Workspace.Creation.ALWAYS));
            }
            Optional<Path> file = answer == newest ? Optional.of(backups.get(0).file())
                    : files.open(null, "选择备份文件", new FileDialogs.Filter("填报通备份", "*" + SnapshotFile.SUFFIX));
            if (file.isEmpty()) {
                continue;
            }
            try {
                Snapshot snapshot = SnapshotFile.read(file.get(), BuiltInForms.current());
                Workspace workspace = Workspace.open(folder, Workspace.Creation.ALWAYS);
                workspace.restore(snapshot);
                return Optional.of(workspace);
            } catch (UserException e) {
                LOG.log(Level.WARNING, "backup refused at start", e);
                Dialogs.error(null, "无法恢复", e.getMessage());
            }
        }
    }

    static String message(DamagedDatabaseException damaged, List<Backups.Backup> backups) {
        StringBuilder text = new StringBuilder();
        if (damaged.keptAs().isPresent()) {
            text.append("数据文件无法读取，可能在写入时断电或被其他程序改动。损坏的文件已另存为“")
                    .append(damaged.keptAs().get()).append("”，不会被删除。");
        } else {
            text.append("数据文件夹“").append(damaged.folder()).append("”中的数据文件不见了，但还有备份。");
        }
        text.append("\n\n");
        if (backups.isEmpty()) {
            text.append("没有找到自动备份。可以选择一个备份文件，或以空白表格重新开始。");
        } else {
            text.append("最新的自动备份是 ").append(RestoreDialog.TIME.format(backups.get(0).takenAt()))
                    .append(" 的备份，建议从它恢复。");
        }
        return text.toString();
    }
}
