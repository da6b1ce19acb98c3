package org.tianbao.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tianbao.excel.AttachmentReader;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.io.OrderedTasks;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UserException;
import org.tianbao.store.Backups;
import org.tianbao.store.ExportHistory;
import org.tianbao.store.Workspace;

/**
 * Imports a return into the data folder, or merges the files the unit's departments filled in: reads them
 * into a plan first (nothing changes), then applies the plan after an automatic backup, in one transaction.
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

    /**
     * Reads the files (on both cores) into a merge plan. A file that cannot be read as the form is listed
     * with its reason and the others are merged without it.
     *
     * @throws UserException when none of the files can be read
     */
    public MergePlan planMerge(List<Path> files) throws InterruptedException {
        AttachmentReader reader = new AttachmentReader(workspace.forms().definition());
        List<Callable<Object>> tasks = new ArrayList<>();
        for (Path file : files) {
            tasks.add(() -> {
                try {
                    return reader.read(file);
                } catch (UserException e) {
                    return new MergePlan.Unread(file, e.getMessage());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "reading " + file + " for a merge failed", e);
                    return new MergePlan.Unread(file, "读取“" + file.getFileName() + "”时发生意外错误（详情已写入日志文件）。");
                }
            });
        }
        List<Object> results;
        try {
            results = OrderedTasks.run("tianbao-merge", Runtime.getRuntime().availableProcessors(), tasks);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a merge task failed outside its own handling", e.getCause());
        }
        List<ReturnedForm> read = new ArrayList<>();
        List<MergePlan.Unread> unread = new ArrayList<>();
        for (Object result : results) {
            if (result instanceof ReturnedForm form) {
                read.add(form);
            } else {
                unread.add((MergePlan.Unread) result);
            }
        }
        if (read.isEmpty()) {
            throw new UserException(unread.size() == 1 ? unread.get(0).reason()
                    : "所选的 " + unread.size() + " 个文件都无法读取，数据没有改变。第一个：" + unread.get(0).reason());
        }
        List<FilledForm> sent = workspace.exports().kept().stream().map(ExportHistory.Version::form).toList();
        return MergePlan.of(workspace.forms().load(), read, unread, sent);
    }

    /** Applies a merge plan the same way: a backup first, then every row at once. */
    public void apply(MergePlan plan) {
        apply(plan, plan.changes());
    }

    /** Applies only the chosen changes of a merge plan (the officer left the others out). */
    public void apply(MergePlan plan, Collection<MergePlan.Change> chosen) {
        backUpBefore("合并");
        workspace.importForm(plan.resultWith(chosen));
    }

    /** Applies a plan: the state before is kept as an automatic backup, then everything changes at once. */
    public void apply(ImportPlan plan) {
        backUpBefore("导入");
        workspace.importForm(plan.result());
    }

    private void backUpBefore(String action) {
        try {
            new Backups(workspace.folder()).takeAutomatic(workspace);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "backup before " + action + " failed", e);
            throw new UserException(action + "前无法先备份当前数据（" + e.getClass().getSimpleName()
                    + "），为安全起见没有" + action + "。请检查数据文件夹的磁盘空间和权限。", e);
        }
    }
}
