package org.tianbao.ui.edit;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** What the status bar says about saving. */
public record SaveState(Kind kind, LocalTime savedAt, String problem) {

    /** The phases a change goes through. */
    public enum Kind {
        /** Nothing changed since start. */
        IDLE,
        /** A change waits to be written or is being written. */
        SAVING,
        /** Every change is on disk. */
        SAVED,
        /** The last write failed; the change is kept in the window and retried. */
        FAILED
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    static SaveState idle() {
        return new SaveState(Kind.IDLE, null, null);
    }

    static SaveState saving() {
        return new SaveState(Kind.SAVING, null, null);
    }

    static SaveState saved(LocalTime at) {
        return new SaveState(Kind.SAVED, at, null);
    }

    static SaveState failed(String problem) {
        return new SaveState(Kind.FAILED, null, problem);
    }

    /** The status-bar sentence. */
    public String message() {
        return switch (kind) {
            case IDLE -> "所有内容均已保存";
            case SAVING -> "正在保存…";
            case SAVED -> "已保存 " + TIME.format(savedAt);
            case FAILED -> "保存失败：" + problem + "（内容仍在窗口中，将自动重试）";
        };
    }
}
