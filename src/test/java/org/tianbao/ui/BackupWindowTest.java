package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.store.Backups;
import org.tianbao.store.DamagedDatabaseException;
import org.tianbao.store.Workspace;
import org.tianbao.ui.backup.AutoBackup;
import org.tianbao.ui.edit.SaveState;
import org.tianbao.ui.backup.StartupRecovery;

/** Backup to a file, restore from the menu, and recovery from a damaged database at start. */
class BackupWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    @Test
    void anOpeningBackupIsTakenShortlyAfterTheWindowOpens() throws Exception {
        Backups backups = new Backups(fixture.folder());
        long seconds = (long) AutoBackup.OPENING_DELAY.toSeconds() + 20;
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> !backups.list().isEmpty());
        assertThat(backups.list()).singleElement()
                .satisfies(b -> assertThat(b.file().getFileName().toString()).startsWith("auto-"));
        // Nothing was edited: the status bar does not claim a save (nor showed 正在保存 meanwhile).
        assertThat(fixture.window().session().saves().awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window().session().saves().stateProperty().get().kind()).isEqualTo(SaveState.Kind.IDLE);
    }

    @Test
    void theClosingBackupHoldsTheLastWordsTyped(FxRobot robot) throws Exception {
        robot.interact(() -> {
            fixture.window().session().item("5.04").orElseThrow().measuresProperty().set("最后写下的举措");
            fixture.window().session().item("5.04").orElseThrow().departments().setAll("县科技局");
        });
        // Closed within the typing pause: the edit is still pending when the closing backup is queued.
        closeWindow(robot);
        var newest = new Backups(fixture.folder()).newestReadable(org.tianbao.form.BuiltInForms.current()).orElseThrow();
        assertThat(newest.form().entry("5.04").orElseThrow().measures()).isEqualTo("最后写下的举措");
    }

    @Test
    void eachAutomaticBackupSaysWhoseWorkItHoldsAndHowFarItGot(FxRobot robot) throws Exception {
        robot.interact(() -> {
            fixture.window().session().item("5.04").orElseThrow().measuresProperty().set("建设县知识产权智库");
            fixture.window().session().item("5.04").orElseThrow().departments().setAll("县科技局");
            fixture.window().session().saves().flushAll();
        });
        assertThat(fixture.awaitSaved()).isTrue();
        Backups backups = new Backups(fixture.folder());
        assertThat(backups.takeAutomatic(fixture.workspace())).isPresent();
        Files.writeString(fixture.folder().backups().resolve("auto-20260101-080000-000.tianbao-backup"), "坏了");

        robot.clickOn("文件").clickOn("从备份恢复…");
        List<String> shown = robot.lookup("#backup-list .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(shown).contains("未设置填报单位 · 已完成 1/69", "无法读取，不能用于恢复");
        robot.clickOn("取消");
    }

    @Test
    void aBackupFileRestoresTheWindowsContent(FxRobot robot) throws Exception {
        Path file = dir.resolve("备份.tianbao-backup");
        robot.interact(() -> {
            fixture.window().session().item("5.04").orElseThrow().measuresProperty().set("建设县知识产权智库");
            fixture.window().session().item("5.04").orElseThrow().departments().setAll("县科技局");
            fixture.window().setFileDialogs(WindowFixture.answering(file));
        });
        robot.clickOn("文件").clickOn("备份到文件…");
        robot.clickOn("确定");
        assertThat(file).exists();

        robot.interact(() -> fixture.window().session().item("5.04").orElseThrow().measuresProperty().set("写错了"));
        robot.clickOn("文件").clickOn("从备份恢复…");
        robot.clickOn("选择备份文件…");
        WaitForAsyncUtils.waitForFxEvents();

        MainWindow reloaded = fixture.window();
        assertThat(reloaded.session().item("5.04").orElseThrow().measuresProperty().get()).isEqualTo("建设县知识产权智库");
        // The text it replaced was backed up first, and the tree shows the restored state.
        assertThat(new Backups(fixture.folder()).list()).isNotEmpty();
        assertThat(reloaded.navigator().tree().getRoot().getChildren()).hasSize(6);
        assertThat(FxWait.onFx(() -> reloaded.stage().getScene().getFocusOwner())).isSameAs(reloaded.navigator().tree());
        closeWindow(robot);
        assertThat(fixture.reopen().entry("5.04").orElseThrow().measures()).isEqualTo("建设县知识产权智库");
    }

    @Test
    void aDamagedDatabaseAtStartIsRestoredFromTheNewestBackup(FxRobot robot) throws Exception {
        Path other = dir.resolve("other");
        try (Workspace ws = Workspace.open(new org.tianbao.store.DataFolder(other))) {
            ws.forms().saveEntry("6.01", "统筹协调机制", List.of("县委办公室"));
            new Backups(ws.folder()).takeAutomatic(ws);
        }
        Files.write(other.resolve("tianbao.mv.db"), new byte[100]);
        DamagedDatabaseException damaged = (DamagedDatabaseException) org.assertj.core.api.Assertions
                .catchThrowable(() -> Workspace.open(new org.tianbao.store.DataFolder(other)));

        CompletableFuture<Optional<Workspace>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(StartupRecovery.ask(damaged, WindowFixture.cancelling()));
            } catch (IOException | RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains("已另存为");
        robot.clickOn("从最新备份恢复");
        try (Workspace ws = answer.get(10, TimeUnit.SECONDS).orElseThrow()) {
            assertThat(ws.forms().load().entry("6.01").orElseThrow().measures()).isEqualTo("统筹协调机制");
        }
    }
}
