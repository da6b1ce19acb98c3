package org.tianbao.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tianbao.excel.AttachmentReader;
import org.tianbao.model.UserException;
import org.tianbao.store.Backups;
import org.tianbao.store.Workspace;

/**
 * Imports a return into the data folder: reads it into a plan first (nothing changes), then applies the
 * plan after an automatic backup, in one transaction.
 */
public final class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    private final Workspace workspace;

    public ImportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * @throws UserException when the file cannot be read or is not this form
     */
    public ImportPlan plan(Path file) {
        AttachmentReader reader = new AttachmentReader(workspace.forms().definition());
        return ImportPlan.of(workspace.forms().load(), reader.read(file));
    }

    /** Applies a plan: the state before is kept as an automatic backup, then everything changes at once. */
    public void apply(ImportPlan plan) {
        try {
            new Backups(workspace.folder()).takeAutomatic(workspace);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "backup before import failed", e);
            throw new UserException("导入前无法先备份当前数据（" + e.getClass().getSimpleName()
                    + "），为安全起见没有导入。请检查数据文件夹的磁盘空间和权限。", e);
        }
        workspace.importForm(plan.result());
    }
}
