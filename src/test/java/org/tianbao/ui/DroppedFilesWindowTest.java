package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.excel.Typography;
import org.tianbao.transfer.ExportService;

/**
 * Returns dragged onto the main window: the officer says whether to import, merge or consolidate them,
 * and the chosen action goes on with its own preview. (The drop itself hands its files to
 * {@code DroppedFiles.dropped}, called here as the drop calls it, after the drop.)
 */
class DroppedFilesWindowTest extends WindowTestBase {

    private Path draft;

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    @BeforeEach
    void draft(FxRobot robot) throws Exception {
        robot.interact(() -> {
            fixture.window().session().item("1.03").orElseThrow().measuresProperty().set("整合专利、商标政策");
            fixture.window().session().saves().flushAll();
        });
        assertThat(fixture.awaitSaved()).isTrue();
        draft = new ExportService(fixture.workspace()).export(dir.resolve("草稿.xlsx"), Typography.DEFAULT).file();
    }

    private void drop(FxRobot robot, Path... files) throws Exception {
        Platform.runLater(() -> fixture.window().droppedFiles().dropped(List.of(files)));
        // The question (or the message) on screen, its window shown and its buttons laid out.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button-bar .button")
                .match((Node b) -> b.isVisible() && b.getScene().getWindow().isShowing() && b.getLayoutBounds().getWidth() > 0)
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String header(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
    }

    @Test
    void aDroppedDepartmentsCopyIsMergedWhenTheOfficerSaysSo(FxRobot robot) throws Exception {
        Path science = DepartmentCopies.write(dir, draft, "县科技局", DepartmentCopies.AREA_PILOT, "组织区域布局试点申报", "县科技局");
        drop(robot, science);
        assertThat(header(robot)).isEqualTo("拖入了“县科技局-2019年地方知识产权战略实施工作要点表.xlsx”");
        robot.clickOn("合并进来…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#merge-changes").tryQuery().isPresent());
        assertThat(header(robot)).isEqualTo("合并 1 个文件：填入 1 项");
        robot.clickOn("合并");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(item("1.02").measuresProperty().get()).isEqualTo("组织区域布局试点申报");
        assertThat(item("1.03").measuresProperty().get()).as("nothing taken away").isEqualTo("整合专利、商标政策");
    }

    @Test
    void aDroppedFileCanBeImportedInsteadWithTheImportsPreview(FxRobot robot) throws Exception {
        Path science = DepartmentCopies.write(dir, draft, "县科技局", DepartmentCopies.POLICIES, "", "");
        drop(robot, science);
        robot.clickOn("导入…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header(robot)).startsWith("导入“县科技局-2019年地方知识产权战略实施工作要点表.xlsx”：修改 1 项");
        assertThat(robot.lookup("#import-emptied").tryQuery()).isPresent();
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace().forms().load().entry("1.03").orElseThrow().measures()).isEqualTo("整合专利、商标政策");
    }

    @Test
    void severalDroppedReturnsAndAFolderCanGoToTheConsolidationWindow(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("报来的"));
        Path a = Files.copy(draft, folder.resolve("甲县.xlsx"));
        Path b = Files.copy(draft, dir.resolve("乙县.xlsx"));
        Files.writeString(folder.resolve("说明.txt"), "不是表格");
        drop(robot, folder, b);
        assertThat(header(robot)).isEqualTo("拖入了 2 个文件");
        robot.clickOn("汇总…");
        WaitForAsyncUtils.waitForFxEvents();
        Window consolidation = Window.getWindows().stream().filter(w -> w != fixture.window().stage())
                .filter(w -> w.getScene().lookup("#consolidate-sources") != null).findFirst().orElseThrow();
        List<?> sources = ((ListView<?>) consolidation.getScene().lookup("#consolidate-sources")).getItems();
        assertThat(sources).isEqualTo(List.of(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize()));
        robot.interact(() -> ((Stage) consolidation).close());
    }

    @Test
    void aDroppedZipOfReturnsIsUnpackedBesideItThenAskedAbout(FxRobot robot) throws Exception {
        Path mail = Files.createDirectories(dir.resolve("邮件"));
        Path zip = org.tianbao.io.TestZips.write(mail.resolve("两县报表.zip"), org.tianbao.io.TestZips.WINDOWS_NAMES,
                new java.util.LinkedHashMap<>(java.util.Map.of("甲县.xlsx", Files.readAllBytes(draft),
                        "乙县/乙县.xlsx", Files.readAllBytes(draft))));
        drop(robot, zip);
        assertThat(header(robot)).isEqualTo("拖入了压缩包“两县报表.zip”");
        robot.clickOn("解压");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dropped-files").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header(robot)).isEqualTo("拖入了 2 个文件");
        assertThat(mail.resolve("两县报表/乙县/乙县.xlsx")).hasSameBinaryContentAs(draft);
        robot.clickOn("汇总…");
        WaitForAsyncUtils.waitForFxEvents();
        Window consolidation = Window.getWindows().stream().filter(w -> w != fixture.window().stage())
                .filter(w -> w.getScene().lookup("#consolidate-sources") != null).findFirst().orElseThrow();
        List<?> sources = ((ListView<?>) consolidation.getScene().lookup("#consolidate-sources")).getItems();
        assertThat(List.<Object>copyOf(sources)).containsExactlyInAnyOrder(
                mail.resolve("两县报表/甲县.xlsx").toAbsolutePath().normalize(),
                mail.resolve("两县报表/乙县/乙县.xlsx").toAbsolutePath().normalize());
        robot.interact(() -> ((Stage) consolidation).close());
    }

    @Test
    void droppedFilesThatAreNoReturnsAreSaidToBeSo(FxRobot robot) throws Exception {
        Path text = Files.writeString(dir.resolve("通知.pdf"), "%PDF");
        drop(robot, text);
        assertThat(header(robot)).isEqualTo("无法打开拖入的文件");
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .isEqualTo("拖入的文件中没有表格（.xlsx、.xls、.docx、.doc，或 WPS 的 .et、.wps）。"
                        + "“通知.pdf”是 PDF 文件（如盖章后的扫描件），其中的表格无法读取。");
        robot.clickOn("确定");
    }

    @Test
    void aDroppedRarArchiveIsNamedWithWhatToDo(FxRobot robot) throws Exception {
        Path rar = Files.write(dir.resolve("两县报表.rar"), new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00});
        drop(robot, rar);
        assertThat(header(robot)).isEqualTo("无法打开拖入的文件");
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .endsWith("“两县报表.rar”是 RAR 压缩包：请先用解压软件（如 WinRAR、360压缩）解压，再拖入解压出的文件。");
        robot.clickOn("确定");
    }
}
