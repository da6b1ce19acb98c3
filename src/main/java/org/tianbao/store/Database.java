package org.tianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database of one data folder. One connection, used by one thread at a time (the app is
 * single-user; saves run on a background thread, reads at start-up). Every write is one transaction,
 * flushed to the disk before it returns, so that what the UI shows as saved survives a killed process.
 */
public final class Database implements AutoCloseable {

    /** The highest migration version under org/tianbao/store/migration; checked by a test. */
    static final int LATEST_SCHEMA_VERSION = 5;

    private static final String MIGRATIONS = "classpath:org/tianbao/store/migration";

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the database of a folder and brings its schema up to date.
     * WRITE_DELAY=0 makes each commit reach the file at once (H2's default delays it by 500 ms);
     * DB_CLOSE_ON_EXIT=FALSE lets our own shutdown flush pending edits before the database closes.
     * FILE_LOCK=FS (H2's default, stated because it matters): the operating system's lock on the file, which
     * goes with the process. H2's FILE method costs ~45 ms at every start (a lock file written, a 25 ms wait,
     * a watchdog thread) and, after a crash, waits seconds for the stale lock file; the folder's
     * instance.lock already keeps a second Tianbao out.
     * MAX_COMPACT_TIME=0 and AUTO_COMPACT_FILL_RATE=0 turn off H2's compaction of the file: with it on, the
     * long kill test (src/test/scripts/kill-test.sh) found a database back at the state of several closes
     * earlier (H2 2.3.232, cf. h2database#4247). The data is small; freed space is reused without it.
     */
    public static Database open(DataFolder folder) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.databaseBase()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;FILE_LOCK=FS"
                + ";MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try {
            Connection connection = dataSource.getConnection();
            try {
                if (schemaVersion(connection) < LATEST_SCHEMA_VERSION) {
                    try {
                        migrate(dataSource);
                    } catch (RuntimeException e) {
                        // An existing database whose upgrade fails is inconsistent: treated as damaged.
                        throw new StoreException("cannot migrate database " + folder.databaseFile(), e);
                    }
                }
                connection.setAutoCommit(false);
                return new Database(connection);
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + folder.databaseFile(), e);
        }
    }

    /** The applied schema version, 0 for a new database. Cheap, so start-up skips Flyway when current. */
    static int schemaVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet tables = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void migrate(JdbcDataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs a read; no commit needed, but holds the connection for its duration. */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("database read failed", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a change as one transaction and makes it durable before returning: all of it is applied and
     * on disk, or none of it.
     */
    public <T> T write(Work<T> work) {
        lock.lock();
        try {
            T result = work.run(connection);
            connection.commit();
            try (Statement st = connection.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("database change failed and was rolled back", e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what matters; the connection is unusable anyway.
        }
    }

    /** Runs an update with positional parameters; a small convenience for the stores. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close database", e);
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already shut down
            }
            lock.unlock();
        }
    }
}
