package org.tianbao.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.excel.AttachmentReader;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.Typography;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;

/** The copy 文件 → 打印 opens: the form as exported, not an export, old copies cleared away. */
class PrintCopyTest {

    @TempDir
    Path dir;

    @Test
    void aPrintCopyReadsAsTheFormAndChangesNothingTheExportsCount() throws IOException {
        try (Workspace ws = Workspace.open(new DataFolder(dir.resolve("data")))) {
            ws.importForm(SampleForms.filled("黔东县市场监督管理局", 7));
            new ExportService(ws).export(dir.resolve("导出.xlsx"), Typography.DEFAULT);
            Path folder = Files.createDirectories(dir.resolve("print"));
            Path old = Files.writeString(folder.resolve("黔东县-要点表（打印 2026-11-01 090000）.xlsx"), "旧");
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(8))));
            Path recent = Files.writeString(folder.resolve("黔东县-要点表（打印 2026-11-23 090000）.xlsx"), "新");
            Path other = Files.writeString(folder.resolve("说明.txt"), "别的");
            Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(30))));

            Path copy = new ExportService(ws).printCopy(folder, Typography.DEFAULT);

            assertThat(new AttachmentReader(SampleForms.form()).read(copy).form().entries()).isEqualTo(ws.forms().load().entries());
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).containsExactlyInAnyOrder(copy, recent, other);
            }
            assertThat(ws.exports().kept()).hasSize(1);
            assertThat(ws.settings().get(ExportService.SEQUENCE_KEY + "黔东县市场监督管理局")).contains("1");
            assertThat(List.of(copy.getFileName().toString())).allSatisfy(name -> assertThat(name)
                    .startsWith("黔东县市场监督管理局-").contains("（打印 ").endsWith("）.xlsx"));
        }
    }
}
