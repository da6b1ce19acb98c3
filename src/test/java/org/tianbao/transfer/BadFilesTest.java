package org.tianbao.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tianbao.excel.SampleForms;
import org.tianbao.model.UserException;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Snapshot;
import org.tianbao.store.SnapshotFile;
import org.tianbao.store.Workspace;

/** Every file of the bad-file corpus is refused with one Chinese sentence naming it, and no data changes. */
@Timeout(120)
class BadFilesTest {

    @TempDir
    static Path dir;
    private static Map<Path, String> corpus;
    private static Workspace workspace;
    private static String before;

    @BeforeAll
    static void setUp() throws Exception {
        corpus = BadFiles.write(dir.resolve("corpus"));
        workspace = Workspace.open(new DataFolder(dir.resolve("data")));
        workspace.forms().replaceAll(SampleForms.filled("本县市场监督管理局", 9));
        before = SnapshotFile.contentHash(workspace.snapshot());
    }

    @AfterAll
    static void tearDown() throws Exception {
        workspace.close();
    }

    static Stream<Arguments> files() throws Exception {
        if (corpus == null) {
            setUp();
        }
        return corpus.entrySet().stream().map(e -> Arguments.of(e.getKey().getFileName().toString(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isRefusedClearlyAndChangesNothing(String name, String reason) {
        Path file = dir.resolve("corpus").resolve(name);
        ImportService service = new ImportService(workspace);
        assertThatThrownBy(() -> service.apply(service.plan(file)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("“" + name + "”")
                .hasMessageContaining(reason)
                .hasMessageNotContaining(BadFiles.SECRET)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").endsWith("。"));
        Snapshot now = workspace.snapshot();
        assertThat(SnapshotFile.contentHash(now)).isEqualTo(before);
    }

    @Test
    void anEmptySharedStringIsAnEmptyCellNotADamagedFile() throws Exception {
        Path good = dir.resolve("完整.xlsx");
        org.tianbao.model.FilledForm form = SampleForms.complete("好县市场监督管理局");
        new org.tianbao.excel.AttachmentWriter(org.tianbao.excel.Typography.DEFAULT)
                .write(form, BadFiles.metadata(form, form.definition().id()), good);
        // Some programs write a shared string with no text at all; POI gives it as null.
        Path file = BadFiles.rewritePart(good, dir.resolve("空字符串.xlsx"), "xl/sharedStrings.xml",
                xml -> xml.replace("<si><t>按要求推进。</t></si>", "<si/>"));
        assertThat(Files.readString(good, StandardCharsets.ISO_8859_1)).isNotEqualTo(Files.readString(file, StandardCharsets.ISO_8859_1));

        org.tianbao.excel.ReturnedForm read = new org.tianbao.excel.AttachmentReader(form.definition()).read(file);

        assertThat(read.form().entries()).hasSize(form.entries().size())
                .allSatisfy(e -> {
                    assertThat(e.measures()).isEmpty();
                    assertThat(e.departments()).containsExactly("县市场监督管理局");
                });
    }

    @Test
    void theCommandLineSaysSoInOneLineWithAFailureCode() throws Exception {
        workspace.close();
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            int code;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                code = org.tianbao.cli.Cli.run("import", "--data", dir.resolve("data").toString(),
                        dir.resolve("corpus").resolve("截断.xlsx").toString());
            } finally {
                System.setErr(old);
            }
            String message = err.toString(StandardCharsets.UTF_8).strip();
            assertThat(code).isEqualTo(1);
            assertThat(message).contains("截断.xlsx").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(message.lines()).hasSize(1);
        } finally {
            workspace = Workspace.open(new DataFolder(dir.resolve("data")));
        }
        assertThat(SnapshotFile.contentHash(workspace.snapshot())).isEqualTo(before);
        assertThat(Files.list(dir.resolve("corpus")).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
}
