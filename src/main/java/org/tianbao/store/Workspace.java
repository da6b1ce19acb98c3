package org.tianbao.store;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;

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
        folder.create();
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(folder.lockFile());
        if (lock.isEmpty()) {
            throw new AlreadyOpenException(folder);
        }
        try {
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
