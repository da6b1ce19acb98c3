package org.tianbao.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
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
    /** H2 keeps a file header at the start of each of the first two blocks of this size. */
    private static final int HEADER_BLOCK = 4096;

    private DatabaseHealth() {
    }

    /** Refuses a database file too small to be one, and a vanished database when backups remain. */
    static void checkBeforeOpen(DataFolder folder, boolean mayCreate) throws IOException {
        Path file = folder.databaseFile();
        if (Files.exists(file)) {
            long size = Files.size(file);
            if (size < SMALLEST_DATABASE) {
                throw keepAside(folder, new IOException("database file has only " + size + " bytes"));
            }
            long lastChunk = lastChunkStart(file);
            if (lastChunk >= size) {
                throw keepAside(folder, new IOException("database file ends at byte " + size
                        + ", before its last chunk at byte " + lastChunk + " (truncated)"));
            }
        } else if (!mayCreate && !new Backups(folder).list().isEmpty()) {
            throw new DamagedDatabaseException(folder, null, null);
        }
    }

    /**
     * Where the newest chunk the file's headers name begins (-1 when no header can be read; H2 itself then
     * judges the file). H2 opens a file whose end was cut off (a copy or a disk that ran out of room) at
     * the newest chunk still whole, which may be months old: silently, the officer's recent work gone. A
     * header naming a chunk past the end of the file gives such a cut away before H2 opens it.
     * A header is a line of text in each of the file's first two 4 KiB blocks:
     * {@code H:2,block:2e,blockSize:1000,chunk:1a,...,version:1a,fletcher:...} (hexadecimal numbers).
     */
    static long lastChunkStart(Path file) throws IOException {
        byte[] head = new byte[2 * HEADER_BLOCK];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        long newestVersion = -1;
        long start = -1;
        for (int offset = 0; offset + HEADER_BLOCK <= read; offset += HEADER_BLOCK) {
            Map<String, Long> fields = headerFields(new String(head, offset, HEADER_BLOCK,
                    StandardCharsets.ISO_8859_1));
            Long block = fields.get("block");
            Long blockSize = fields.get("blockSize");
            Long version = fields.get("version");
            if (block != null && blockSize != null && version != null && version > newestVersion) {
                newestVersion = version;
                start = block * blockSize;
            }
        }
        return start;
    }

    /** The hexadecimal fields of a header line, or none when the block does not hold one. */
    private static Map<String, Long> headerFields(String block) {
        Map<String, Long> fields = new HashMap<>();
        int end = block.indexOf('\n');
        if (!block.startsWith("H:2,") || end < 0) {
            return fields;
        }
        for (String field : block.substring(0, end).split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                try {
                    fields.put(field.substring(0, colon), Long.parseLong(field.substring(colon + 1), 16));
                } catch (NumberFormatException notHex) {
                    // not a number field
                }
            }
        }
        return fields;
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
