package org.tianbao.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UserException;

/**
 * An opened data folder: the single-instance lock, the database and the stores on top of it. Both the
 * window and the command line work through one of these.
 */
public final class Workspace implements AutoCloseable {

    private final DataFolder folder;
    private final InstanceLock lock;
    private final Database database;
    private final FormStore forms;
    private final DepartmentDictionary departments;
    private final Settings settings;
    private final DepartmentMappingStore departmentMapping;
    private final ExportHistory exports;
    private final KeptReturns keptReturns;

    private Workspace(DataFolder folder, InstanceLock lock, Database database, FormDefinition form) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.forms = new FormStore(database, form);
        this.departments = new DepartmentDictionary(database);
        this.settings = new Settings(database);
        this.departmentMapping = new DepartmentMappingStore(settings);
        this.exports = new ExportHistory(database, form);
        this.keptReturns = new KeptReturns(database, form);
    }

    /** Whether a missing database may be created anew. */
    public enum Creation {
        /** A new folder gets a new database; a folder whose database vanished while backups remain does not. */
        NEW_FOLDER_ONLY,
        /** The officer chose to start again (after a damaged database was kept aside). */
        ALWAYS
    }

    /**
     * Opens a data folder, creating it if needed.
     *
     * @throws AlreadyOpenException when another Tianbao holds the folder
     * @throws DamagedDatabaseException when the database is damaged (it is moved aside) or missing while
     *                                  backups remain
     */
    public static Workspace open(DataFolder folder) throws IOException {
        return open(folder, Creation.NEW_FOLDER_ONLY);
    }

    public static Workspace open(DataFolder folder, Creation creation) throws IOException {
        Optional<InstanceLock> lock;
        try {
            folder.create();
            lock = InstanceLock.tryAcquire(folder.lockFile());
        } catch (FileSystemException e) {
            throw unusable(folder, e);
        }
        if (lock.isEmpty()) {
            throw new AlreadyOpenException(folder);
        }
        try {
            // H2 would open a read-only file read-only and fail at the first save, after the officer typed.
            Path file = folder.databaseFile();
            if (Files.exists(file) && !Files.isWritable(file)) {
                throw new UserException("数据文件“" + file + "”是只读的（可能是从光盘、压缩包或别的电脑复制来的），"
                        + "填报通不能保存修改。请在该文件的属性中取消“只读”，再打开填报通。");
            }
            DatabaseHealth.checkBeforeOpen(folder, creation == Creation.ALWAYS);
            Database database;
            try {
                database = Database.open(folder);
            } catch (StoreException e) {
                if (DatabaseHealth.isDamage(e)) {
                    throw DatabaseHealth.keepAside(folder, e);
                }
                throw e;
            }
            Workspace workspace = new Workspace(folder, lock.get(), database, BuiltInForms.current());
            try {
                workspace.snapshot();
            } catch (RuntimeException e) {
                database.close();
                throw DatabaseHealth.keepAside(folder, e);
            }
            return workspace;
        } catch (IOException | RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    /** The data folder cannot be made or written (a read-only disk or share, another user's folder, a file). */
    private static UserException unusable(DataFolder folder, FileSystemException e) {
        Logger.getLogger(Workspace.class.getName()).log(Level.WARNING, "data folder not usable: " + folder, e);
        if (Files.exists(folder.root()) && !Files.isDirectory(folder.root())) {
            return new UserException("数据文件夹“" + folder + "”其实是一个文件，不是文件夹，填报通不能在其中保存数据。请指定一个文件夹。");
        }
        return new UserException("数据文件夹“" + folder + "”无法写入（只读，或当前用户没有写入权限），填报通不能在其中保存数据。"
                + "请换一个可写的文件夹，或请管理员开放它的写入权限。");
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public FormStore forms() {
        return forms;
    }

    public DepartmentDictionary departments() {
        return departments;
    }

    public Settings settings() {
        return settings;
    }

    /** The unit's last export, against which the next one marks what changed. */
    public ExportHistory exports() {
        return exports;
    }

    /** The returns of the units below kept from a 汇总, for reference while writing this unit's form. */
    public KeptReturns keptReturns() {
        return keptReturns;
    }

    /** Everything in the folder, read in one transaction (what a backup holds). */
    public Snapshot snapshot() {
        return database.read(c -> new Snapshot(java.time.Instant.now(), forms.load(), departments.names(),
                settings.all()));
    }

    /** Puts a snapshot back: form, dictionary and settings replaced in one transaction. */
    public void restore(Snapshot snapshot) {
        database.write(c -> {
            forms.replaceAll(c, snapshot.form());
            DepartmentDictionary.replaceAll(c, snapshot.departments());
            Settings.replaceAll(c, snapshot.settings());
            return null;
        });
    }

    /**
     * Replaces the form with an imported one, and adds the department names it uses to the dictionary, in
     * one transaction: an import is all or nothing.
     */
    public void importForm(FilledForm form) {
        List<String> names = form.entries().stream().flatMap(e -> e.departments().stream()).distinct().toList();
        database.write(c -> {
            forms.replaceAll(c, form);
            DepartmentDictionary.addAll(c, names);
            return null;
        });
    }

    /** How the reference plans' bodies map to county departments (参考依据 → 添加部门). */
    public DepartmentMappingStore departmentMapping() {
        return departmentMapping;
    }

    @Override
    public void close() throws IOException {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }

    /** Another process (another Tianbao window or command) has this data folder open. */
    public static final class AlreadyOpenException extends IOException {
        private final transient DataFolder folder;

        public AlreadyOpenException(DataFolder folder) {
            super("data folder in use: " + folder);
            this.folder = folder;
        }

        public DataFolder folder() {
            return folder;
        }
    }
}
