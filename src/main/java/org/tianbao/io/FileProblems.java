package org.tianbao.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** One Chinese sentence that tells the officer why a file could not be written, and that nothing broke. */
public final class FileProblems {

    private FileProblems() {
    }

    public static String writeFailure(Path target, IOException e) {
        String name = "“" + target.toAbsolutePath() + "”";
        String reason = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        String why;
        if (reason.contains("no space") || reason.contains("disk full") || reason.contains("not enough space")) {
            why = "磁盘空间不足，请清理磁盘或换一个位置";
        } else if (reason.contains("being used by another process") || reason.contains("another process")
                || reason.contains("locked")) {
            why = "文件正被其他程序（如 Excel、WPS）打开，请先关闭它";
        } else if (e instanceof AccessDeniedException || reason.contains("read-only") || reason.contains("permission")) {
            why = "没有写入权限：文件夹或文件是只读的，或文件正被其他程序（如 Excel、WPS）打开";
        } else if (e instanceof NoSuchFileException) {
            why = "所在文件夹不存在或无法访问";
        } else if (e instanceof FileSystemException) {
            why = "系统拒绝写入（" + e.getClass().getSimpleName() + "）";
        } else {
            why = "写入时出错";
        }
        return "无法写入" + name + "：" + why + "。原有文件没有改变。";
    }
}
