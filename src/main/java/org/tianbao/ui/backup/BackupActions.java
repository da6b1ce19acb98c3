package org.tianbao.ui.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Window;
import org.tianbao.model.UserException;
import org.tianbao.store.Backups;
import org.tianbao.store.SnapshotFile;
import org.tianbao.store.Workspace;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.FileDialogs;
import org.tianbao.ui.SavesFirst;
import org.tianbao.ui.edit.SaveQueue;

/** 文件 → 备份到文件… and 从备份恢复…. */
public final class BackupActions {

    private static final Logger LOG = Logger.getLogger(BackupActions.class.getName());
    private static final FileDialogs.Filter FILTER = new FileDialogs.Filter("填报通备份", "*" + SnapshotFile.SUFFIX);

    private final Window owner;
    private final Workspace workspace;
    private final SaveQueue saves;
    private final FileDialogs files;
    private final Runnable reload;

    /**
     * @param reload rebuilds the window from the database after a restore
     */
    public BackupActions(Window owner, Workspace workspace, SaveQueue saves, FileDialogs files, Runnable reload) {
        this.owner = owner;
        this.workspace = workspace;
        this.saves = saves;
        this.files = files;
        this.reload = reload;
    }

    /** Writes a backup of everything to a file the officer chooses. */
    public void backupToFile() {
        String name = "填报通备份-" + LocalDate.now() + SnapshotFile.SUFFIX;
        files.save(owner, "备份到文件", name, FILTER).ifPresent(target -> {
            if (!flushed()) {
                return;
            }
            try {
                Backups.backupTo(workspace, withSuffix(target));
                Dialogs.info(owner, "备份完成", "已备份到“" + withSuffix(target) + "”。");
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "backup to " + target + " failed", e);
                Dialogs.error(owner, "备份失败", "无法写入“" + target + "”：请换一个文件夹，或检查磁盘空间和权限。");
            }
        });
    }

    /** Restores an automatic backup or a backup file, after backing up the current state. */
    public void restore() {
        Optional<Path> chosen = RestoreDialog.choose(owner, new Backups(workspace.folder()).list(),
                file -> Backups.contents(file, workspace.forms().definition()),
                () -> files.open(owner, "选择备份文件", FILTER));
        chosen.ifPresent(this::restore);
    }

    /** Restores the given backup file. */
    public void restore(Path file) {
        if (!flushed()) {
            return;
        }
        try {
            new Backups(workspace.folder()).restore(workspace, file);
        } catch (UserException e) {
            Dialogs.error(owner, "无法恢复", e.getMessage());
            return;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "restore from " + file + " failed", e);
            Dialogs.error(owner, "无法恢复", "从“" + file.getFileName() + "”恢复时出错，数据没有改变。详情已写入日志。");
            return;
        }
        reload.run();
    }

    private boolean flushed() {
        return SavesFirst.flushed(owner, saves);
    }

    private static Path withSuffix(Path target) {
        String name = target.getFileName().toString();
        return name.endsWith(SnapshotFile.SUFFIX) ? target : target.resolveSibling(name + SnapshotFile.SUFFIX);
    }
}
