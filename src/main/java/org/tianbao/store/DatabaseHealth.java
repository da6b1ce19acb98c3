package org.tianbao.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides whether a database that will not open is damaged, and keeps a damaged file aside (never
 * deleted) so that the officer can restore a backup and support can still look at it.
 */
final class DatabaseHealth {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());
    /** H2 writes two 4 KiB file headers before anything else: a smaller file cannot hold a database. */
    private static final long SMALLEST_DATABASE = 8192;
    /** H2's error code for a corrupted file. */
    private static final int FILE_CORRUPTED = 90030;

    private DatabaseHealth() {
    }

    /** Refuses a database file too small to be one, and a vanished database when backups remain. */
    static void checkBeforeOpen(DataFolder folder, boolean mayCreate) throws IOException {
        Path file = folder.databaseFile();
        if (Files.exists(file)) {
            if (Files.size(file) < SMALLEST_DATABASE) {
                throw keepAside(folder, new IOException("database file has only " + Files.size(file) + " bytes"));
            }
        } else if (!mayCreate && !new Backups(folder).list().isEmpty()) {
            throw new DamagedDatabaseException(folder, null, null);
        }
    }

    /** Corruption reported by H2, or its storage layer failing to read the file (e.g. truncated). */
    static boolean isDamage(Throwable failure) {
        boolean storeFailed = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return false;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == FILE_CORRUPTED) {
                return true;
            }
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException") || t instanceof EOFException
                    || t.getClass().getName().startsWith("org.flywaydb.")) {
                storeFailed = true;
            }
        }
        return storeFailed;
    }

    /** Moves the damaged database file into damaged/ and returns the exception that says where. */
    static DamagedDatabaseException keepAside(DataFolder folder, Throwable cause) throws IOException {
        Path damagedDir = folder.root().resolve("damaged");
        Files.createDirectories(damagedDir);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path keptAs = damagedDir.resolve("tianbao-" + stamp + ".mv.db");
        Files.move(folder.databaseFile(), keptAs);
        Path trace = folder.root().resolve("tianbao.trace.db");
        if (Files.exists(trace)) {
            Files.move(trace, damagedDir.resolve("tianbao-" + stamp + ".trace.db"));
        }
        LOG.log(Level.SEVERE, "damaged database kept as " + keptAs, cause);
        return new DamagedDatabaseException(folder, keptAs, cause);
    }
}
