package org.tianbao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UserException;

/**
 * The data folder's rolling backups (backups/auto-*.tianbao-backup), taken at start, every few minutes
 * of editing and at close, the newest {@link #KEEP} kept; plus backups to and restores from a file the
 * officer chooses. A restore first backs up the current state.
 */
public final class Backups {

    /** Automatic backups kept; older ones are deleted. */
    public static final int KEEP = 20;

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final String AUTO_PREFIX = "auto-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;

    public Backups(DataFolder dataFolder) {
        this.folder = dataFolder.backups();
    }

    /** One backup file and when it was taken (from its name; the content is checked when restoring). */
    public record Backup(Path file, LocalDateTime takenAt) {
    }

    /** What a backup holds, for choosing one: its 填报单位 and how many of its rows are complete. */
    public record Contents(String unitName, long complete, int rows) {
    }

    /** A backup's contents, or empty when it does not read back whole. */
    public static Optional<Contents> contents(Path file, FormDefinition form) {
        try {
            FilledForm filled = SnapshotFile.read(file, form).form();
            return Optional.of(new Contents(filled.unit().unitName(), filled.completeCount(), filled.entries().size()));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "backup " + file + " does not read back", e);
            return Optional.empty();
        }
    }

    /** Automatic backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(AUTO_PREFIX)
                    && f.getFileName().toString().endsWith(SnapshotFile.SUFFIX)).forEach(f -> {
                        String stamp = f.getFileName().toString().substring(AUTO_PREFIX.length(),
                                f.getFileName().toString().length() - SnapshotFile.SUFFIX.length());
                        try {
                            backups.add(new Backup(f, LocalDateTime.parse(stamp, STAMP)));
                        } catch (RuntimeException e) {
                            // Not one of ours: leave it alone.
                        }
                    });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list backups in " + folder, e);
        }
        backups.sort(Comparator.comparing(Backup::takenAt).reversed());
        return backups;
    }

    /** The newest automatic backup that reads back whole, if any. */
    public Optional<Snapshot> newestReadable(FormDefinition form) {
        for (Backup backup : list()) {
            try {
                return Optional.of(SnapshotFile.read(backup.file(), form));
            } catch (UserException e) {
                LOG.log(Level.WARNING, "skipping unreadable backup " + backup.file(), e);
            }
        }
        return Optional.empty();
    }

    /**
     * Takes an automatic backup unless the newest one already holds the same content; removes the oldest
     * beyond {@link #KEEP}.
     *
     * @return the new backup file, or empty when nothing changed
     */
    public Optional<Path> takeAutomatic(Workspace workspace) throws IOException {
        Snapshot now = workspace.snapshot();
        String hash = SnapshotFile.contentHash(now);
        Optional<Snapshot> newest = newestReadable(now.form().definition());
        if (newest.isPresent() && SnapshotFile.contentHash(newest.get()).equals(hash)) {
            return Optional.empty();
        }
        Path file = folder.resolve(AUTO_PREFIX + STAMP.format(LocalDateTime.ofInstant(Instant.now(),
                ZoneId.systemDefault())) + SnapshotFile.SUFFIX);
        SnapshotFile.write(now, file);
        prune();
        return Optional.of(file);
    }

    /** Writes a backup of the current state to a file the officer chose. */
    public static void backupTo(Workspace workspace, Path target) throws IOException {
        SnapshotFile.write(workspace.snapshot(), target);
    }

    /**
     * Restores a backup file: checks it reads back whole, backs up the current state, then replaces
     * everything in one transaction.
     *
     * @throws UserException when the file is not a whole backup of this form (nothing changes)
     */
    public Snapshot restore(Workspace workspace, Path file) throws IOException {
        Snapshot snapshot = SnapshotFile.read(file, workspace.forms().definition());
        takeAutomatic(workspace);
        workspace.restore(snapshot);
        return snapshot;
    }

    private void prune() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot delete old backup " + old.file(), e);
            }
        }
    }
}
