package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.UserException;
import org.tianbao.model.WorkItem;

class BackupsTest {

    @TempDir
    Path dir;

    private DataFolder folder() {
        return new DataFolder(dir.resolve("data"));
    }

    private static void fill(Workspace ws) {
        ws.forms().saveUnit(new UnitInfo("测试县", "张三", "123"));
        ws.forms().saveEntry("2.03", "海关协作😀\n=SUM(A1)", List.of("县商务局", "县公安局"));
        WorkItem a = ws.forms().addLocalItem(3, "自选一");
        ws.forms().addLocalItem(3, "自选二");
        ws.forms().saveEntry(a.id(), "自选一的举措", List.of("县科技局"));
        ws.forms().moveLocalItem(a.id(), 1);
        ws.departments().addAll(List.of("县大数据局"));
        ws.settings().put("ui.fontSize", "20");
    }

    @Test
    void automaticBackupsSkipUnchangedContentAndKeepTheNewest() throws IOException {
        Backups backups = new Backups(folder());
        try (Workspace ws = Workspace.open(folder())) {
            assertThat(backups.takeAutomatic(ws)).isPresent();
            assertThat(backups.takeAutomatic(ws)).isEmpty();
            for (int i = 0; i < Backups.KEEP + 3; i++) {
                ws.forms().saveEntry("1.01", "第 " + i + " 版", List.of());
                assertThat(backups.takeAutomatic(ws)).isPresent();
            }
        }
        assertThat(backups.list()).hasSize(Backups.KEEP);
        Snapshot newest = backups.newestReadable(org.tianbao.form.BuiltInForms.current()).orElseThrow();
        assertThat(newest.form().entry("1.01").orElseThrow().measures()).isEqualTo("第 " + (Backups.KEEP + 2) + " 版");
    }

    @Test
    void aRestorePutsEverythingBackAndFirstBacksUpTheCurrentState() throws IOException {
        Path file = dir.resolve("我的备份" + SnapshotFile.SUFFIX);
        FilledForm before;
        try (Workspace ws = Workspace.open(folder())) {
            fill(ws);
            before = ws.forms().load();
            Backups.backupTo(ws, file);
            ws.forms().replaceAll(FilledForm.blank(ws.forms().definition(), UnitInfo.EMPTY));
            ws.departments().replace(List.of("只剩一个"));
            ws.settings().put("ui.fontSize", "12");
            new Backups(folder()).restore(ws, file);
        }
        try (Workspace ws = Workspace.open(folder())) {
            FilledForm after = ws.forms().load();
            assertThat(after.unit()).isEqualTo(before.unit());
            assertThat(after.entries()).hasSameSizeAs(before.entries());
            for (int i = 0; i < after.entries().size(); i++) {
                assertThat(after.entries().get(i).item()).isEqualTo(before.entries().get(i).item());
                assertThat(after.entries().get(i).sameContentAs(before.entries().get(i))).isTrue();
            }
            assertThat(after.localEntries()).extracting(e -> e.item().text()).containsExactly("自选二", "自选一");
            assertThat(ws.departments().names()).contains("县大数据局").doesNotContain("只剩一个");
            assertThat(ws.settings().getInt("ui.fontSize", 0)).isEqualTo(20);
            // The state replaced by the restore was backed up first.
            Snapshot replaced = SnapshotFile.read(new Backups(folder()).list().get(0).file(), ws.forms().definition());
            assertThat(replaced.departments()).containsExactly("只剩一个");
        }
    }

    @Test
    void aDamagedOrForeignBackupIsRefusedAndChangesNothing() throws IOException {
        Path good = dir.resolve("good" + SnapshotFile.SUFFIX);
        Path random = dir.resolve("random" + SnapshotFile.SUFFIX);
        Path tampered = dir.resolve("tampered" + SnapshotFile.SUFFIX);
        byte[] bytes = new byte[5000];
        new Random(7).nextBytes(bytes);
        Files.write(random, bytes);
        try (Workspace ws = Workspace.open(folder())) {
            fill(ws);
            Backups.backupTo(ws, good);
            String json = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(good)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("海关协作", "海关合作");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tampered))) {
                out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            FilledForm before = ws.forms().load();
            Backups backups = new Backups(folder());
            assertThatThrownBy(() -> backups.restore(ws, random)).isInstanceOf(UserException.class)
                    .hasMessageContaining("random").hasMessageContaining("不是填报通的备份");
            assertThatThrownBy(() -> backups.restore(ws, tampered)).isInstanceOf(UserException.class)
                    .hasMessageContaining("校验值不符");
            assertThatThrownBy(() -> backups.restore(ws, dir.resolve("missing" + SnapshotFile.SUFFIX)))
                    .isInstanceOf(UserException.class);
            assertThat(ws.forms().load().entry("2.03").orElseThrow().measures())
                    .isEqualTo(before.entry("2.03").orElseThrow().measures());
            assertThat(backups.list()).isEmpty();
        }
    }
}
