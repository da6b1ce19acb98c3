package org.tianbao.store;

import java.io.IOException;
import java.util.Optional;
import org.tianbao.form.BuiltInForms;
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

    private Workspace(DataFolder folder, InstanceLock lock, Database database, FormDefinition form) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.forms = new FormStore(database, form);
        this.departments = new DepartmentDictionary(database);
        this.settings = new Settings(database);
    }

    /**
     * Opens a data folder, creating it if needed.
     *
     * @throws AlreadyOpenException when another Tianbao holds the folder
     */
    public static Workspace open(DataFolder folder) throws IOException {
        folder.create();
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(folder.lockFile());
        if (lock.isEmpty()) {
            throw new AlreadyOpenException(folder);
        }
        try {
            Database database = Database.open(folder);
            return new Workspace(folder, lock.get(), database, BuiltInForms.current());
        } catch (RuntimeException e) {
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
