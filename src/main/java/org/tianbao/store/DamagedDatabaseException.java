package org.tianbao.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The data folder's database is damaged (or gone while backups remain). The damaged file, if any, has
 * been moved aside into damaged/ so that it is kept for support and the next start is not blocked; the
 * officer chooses what happens next — the app never silently starts empty.
 */
public final class DamagedDatabaseException extends IOException {

    private final transient DataFolder folder;
    private final transient Path keptAs;

    public DamagedDatabaseException(DataFolder folder, Path keptAs, Throwable cause) {
        super("database damaged in " + folder + (keptAs == null ? " (file missing)" : ", kept as " + keptAs), cause);
        this.folder = folder;
        this.keptAs = keptAs;
    }

    public DataFolder folder() {
        return folder;
    }

    /** The sentence the officer reads (window or command line). */
    public String userMessage() {
        return keptAs().map(p -> "数据文件夹“" + folder + "”中的数据文件已损坏，已另存为“" + p
                + "”。请打开填报通窗口，从备份恢复。")
                .orElse("数据文件夹“" + folder + "”中的数据文件不见了。请打开填报通窗口，从备份恢复。");
    }

    /** Where the damaged file was moved, or empty when the database file was missing. */
    public Optional<Path> keptAs() {
        return Optional.ofNullable(keptAs);
    }
}
