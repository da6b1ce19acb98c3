package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.form.BuiltInForms;

/** A damaged database is detected at start, kept aside, and the newest good backup restores the data. */
class DamagedDatabaseTest {

    @TempDir
    Path dir;

    private DataFolder folder() {
        return new DataFolder(dir);
    }

    private void fillAndBackUp() throws IOException {
        try (Workspace ws = Workspace.open(folder())) {
            ws.forms().saveEntry("4.02", "专利导航项目 2 个", List.of("县科技局"));
            new Backups(folder()).takeAutomatic(ws);
            ws.forms().saveEntry("4.03", "备份之后的修改", List.of());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "truncated", "last chunk cut off", "random"})
    void aDamagedFileIsKeptAsideAndTheNewestBackupRestores(String damage) throws IOException {
        fillAndBackUp();
        Path db = folder().databaseFile();
        byte[] bytes = Files.readAllBytes(db);
        switch (damage) {
            case "empty" -> Files.write(db, new byte[0]);
            case "truncated" -> Files.write(db, Arrays.copyOf(bytes, bytes.length / 2));
            // What a copy or a full disk leaves: all but the newest chunk, which H2 would silently do without.
            case "last chunk cut off" -> Files.write(db, Arrays.copyOf(bytes, (int) DatabaseHealth.lastChunkStart(db)));
            default -> {
                new Random(3).nextBytes(bytes);
                Files.write(db, bytes);
            }
        }
        DamagedDatabaseException damaged = (DamagedDatabaseException) org.assertj.core.api.Assertions
                .catchThrowable(() -> Workspace.open(folder()));
        assertThat(damaged).isNotNull();
        assertThat(damaged.keptAs()).isPresent();
        assertThat(damaged.keptAs().get()).exists().hasParent(dir.resolve("damaged"));
        assertThat(db).doesNotExist();

        // Not silently empty: the next ordinary open still refuses, because backups exist.
        assertThatThrownBy(() -> Workspace.open(folder())).isInstanceOf(DamagedDatabaseException.class)
                .satisfies(e -> assertThat(((DamagedDatabaseException) e).keptAs()).isEmpty());

        Snapshot newest = new Backups(folder()).newestReadable(BuiltInForms.current()).orElseThrow();
        try (Workspace ws = Workspace.open(folder(), Workspace.Creation.ALWAYS)) {
            ws.restore(newest);
        }
        try (Workspace ws = Workspace.open(folder())) {
            assertThat(ws.forms().load().entry("4.02").orElseThrow().measures()).isEqualTo("专利导航项目 2 个");
        }
    }

    @Test
    void aNewFolderStartsEmptyWithoutFuss() throws IOException {
        try (Workspace ws = Workspace.open(folder())) {
            assertThat(ws.forms().load().completeCount()).isZero();
        }
        assertThat(dir.resolve("damaged")).doesNotExist();
    }
}
