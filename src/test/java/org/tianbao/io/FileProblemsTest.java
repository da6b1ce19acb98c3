package org.tianbao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a write failed, in the officer's words, and that the old file is intact. */
class FileProblemsTest {

    @TempDir
    Path dir;

    @Test
    void namesTheFileAndTheReason() {
        Path target = dir.resolve("某县-表.xlsx");
        assertThat(FileProblems.writeFailure(target, new FileSystemException(target.toString(), null,
                "The process cannot access the file because it is being used by another process")))
                .contains("某县-表.xlsx").contains("正被其他程序").contains("原有文件没有改变");
        assertThat(FileProblems.writeFailure(target, new AccessDeniedException(target.toString())))
                .contains("没有写入权限");
        assertThat(FileProblems.writeFailure(target, new IOException("No space left on device")))
                .contains("磁盘空间不足");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("old.xlsx"), "old content");
        try {
            AtomicFiles.write(target, out -> {
                out.write(new byte[100_000]);
                throw new IOException("No space left on device");
            });
        } catch (IOException expected) {
            assertThat(expected).hasMessageContaining("No space");
        }
        assertThat(Files.readString(target)).isEqualTo("old content");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("old.xlsx");
        }
    }
}
