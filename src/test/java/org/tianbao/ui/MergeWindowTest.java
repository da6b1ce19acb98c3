package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.excel.Typography;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.transfer.ExportService;

/**
 * 文件 → 合并各部门填写的表格: the county's draft went to two departments, each returned its copy edited in
 * a spreadsheet program; both are merged into the form from the window, with a file that is not the form
 * among them.
 */
class MergeWindowTest extends WindowTestBase {

    private static final String AREA_PILOT = DepartmentCopies.AREA_PILOT;
    private static final String POLICIES = DepartmentCopies.POLICIES;

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    /** Answers the file chooser with several files at once, as its multiple selection does. */
    private static FileDialogs choosing(List<Path> files) {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, Filter filter) {
                return Optional.empty();
            }

            @Override
            public List<Path> openMany(Window owner, String title, Filter filter) {
                return files;
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, Filter filter) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.empty();
            }
        };
    }

    private String header(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
    }

    private void merge(FxRobot robot) throws Exception {
        robot.clickOn("文件").clickOn("合并各部门填写的表格…");
        // The files are read off the UI thread; the preview (or the message) follows.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#merge-reading").tryQuery().isEmpty()
                && robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDepartmentsFilesAreMergedIntoTheDraftAfterThePreview(FxRobot robot) throws Exception {
        robot.interact(() -> {
            var session = fixture.window().session();
            session.updateUnit(new UnitInfo("某县市场监督管理局", "李四", "0571-1234567"));
            session.item("1.03").orElseThrow().measuresProperty().set("整合专利、商标政策");
            session.item("1.03").orElseThrow().departments().setAll("县市场监督管理局（知识产权局）");
            session.saves().flushAll();
        });
        assertThat(fixture.awaitSaved()).isTrue();
        Path draft = new ExportService(fixture.workspace()).export(dir.resolve("草稿.xlsx"), Typography.DEFAULT).file();
        Path science = DepartmentCopies.write(dir, draft, "县科技局", AREA_PILOT, "组织区域布局试点申报", "县科技局");
        Path statistics = DepartmentCopies.write(dir, draft, "县统计局", POLICIES, "整合专利、商标政策，建成服务窗口1个。", "县统计局",
                AREA_PILOT, "建立知识产权统计台账", "县统计局");
        Path letter = Files.writeString(dir.resolve("报送函.docx"), "不是 Word 文档");
        robot.interact(() -> fixture.window().setFileDialogs(choosing(List.of(science, statistics, letter))));

        merge(robot);
        assertThat(header(robot)).isEqualTo("合并 2 个文件：填入 1 项、补充 1 项");
        assertThat(robot.lookup("#merge-problems").queryAs(Label.class).getText())
                .startsWith("以下 1 个文件无法读取，没有合并：").contains("报送函.docx");
        TableView<?> changes = robot.lookup("#merge-changes").queryAs(TableView.class);
        assertThat(changes.getItems()).hasSize(2);
        assertThat(robot.lookup(".tb-wrapped-cell").queryAllAs(Text.class)).extracting(Text::getText)
                .as("who each row comes from, and the merged measures whole, a paragraph a line")
                .contains("县科技局.xlsx\n县统计局.xlsx", "县统计局.xlsx", "组织区域布局试点申报\n建立知识产权统计台账");
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace().forms().load().entry("1.02").orElseThrow().isBlank())
                .as("cancelled: nothing merged").isTrue();

        // The officer leaves 1.03 out this time: unticked, it stays as it is.
        merge(robot);
        assertThat(robot.lookup("#merge-chosen").queryAs(Label.class).getText()).startsWith("全部 2 项都将合并");
        TableRow<?> policies = robot.lookup("#merge-changes .table-row-cell")
                .match((TableRow<?> row) -> row.getItem() != null
                        && ((org.tianbao.transfer.MergePlan.Change) row.getItem()).item().id().equals("1.03"))
                .query();
        robot.clickOn(policies.lookup(".check-box"));
        assertThat(robot.lookup("#merge-chosen").queryAs(Label.class).getText())
                .isEqualTo("将合并所选的 1 项，另外 1 项保持不变。");
        robot.clickOn("合并");
        WaitForAsyncUtils.waitForFxEvents();
        var session = fixture.window().session();
        assertThat(fixture.window().navigator().selectedItemProperty().get().id())
                .as("the window opens at the first merged row, to check what came in").isEqualTo("1.02");
        assertThat(robot.lookup("#measures").match(Node::isVisible).queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("组织区域布局试点申报\n建立知识产权统计台账");
        assertThat(session.item("1.03").orElseThrow().measuresProperty().get()).isEqualTo("整合专利、商标政策");
        assertThat(session.item("1.03").orElseThrow().departments()).containsExactly("县市场监督管理局（知识产权局）");

        merge(robot);
        assertThat(header(robot)).isEqualTo("合并 2 个文件：补充 1 项");
        robot.clickOn("合并");
        WaitForAsyncUtils.waitForFxEvents();

        session = fixture.window().session();
        assertThat(session.item("1.02").orElseThrow().measuresProperty().get())
                .isEqualTo("组织区域布局试点申报\n建立知识产权统计台账");
        assertThat(session.item("1.02").orElseThrow().departments()).containsExactly("县科技局", "县统计局");
        assertThat(session.item("1.03").orElseThrow().measuresProperty().get()).isEqualTo("整合专利、商标政策，建成服务窗口1个。");
        assertThat(session.item("1.03").orElseThrow().departments()).containsExactly("县市场监督管理局（知识产权局）", "县统计局");
        FilledForm stored = fixture.workspace().forms().load();
        assertThat(stored.unit().unitName()).isEqualTo("某县市场监督管理局");
        assertThat(stored.entry("1.02").orElseThrow()).extracting(Entry::measures).isEqualTo("组织区域布局试点申报\n建立知识产权统计台账");
        assertThat(Files.list(fixture.folder().backups()).count()).as("backup taken before").isPositive();

        // The same files again: nothing new, and the officer is told so.
        merge(robot);
        assertThat(header(robot)).isEqualTo("没有新的内容");
        robot.clickOn("确定");
    }

    @Test
    void importingADepartmentsCopyWarnsThatItEmptiesRowsAndPointsToTheMerge(FxRobot robot) throws Exception {
        robot.interact(() -> {
            var session = fixture.window().session();
            session.item("1.03").orElseThrow().measuresProperty().set("整合专利、商标政策");
            session.item("1.04").orElseThrow().measuresProperty().set("建设服务业集聚区");
            session.saves().flushAll();
        });
        assertThat(fixture.awaitSaved()).isTrue();
        Path draft = new ExportService(fixture.workspace()).export(dir.resolve("草稿.xlsx"), Typography.DEFAULT).file();
        // The department cleared the rows that are not its own, and filled its own.
        Path science = DepartmentCopies.write(dir, draft, "县科技局", POLICIES, "", "", "知识产权服务业集聚区建设", "", "",
                AREA_PILOT, "组织区域布局试点申报", "县科技局");
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(science)));

        robot.clickOn("文件").clickOn("导入表格…");
        assertThat(robot.lookup("#import-emptied").queryAs(Label.class).getText())
                .startsWith("注意：导入后，当前已填写的 2 项将被清空").contains("文件 → 合并各部门填写的表格");
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace().forms().load().entry("1.04").orElseThrow().measures()).isEqualTo("建设服务业集聚区");
    }

    @Test
    void atTheLargestTextSizeThePreviewKeepsItsWordsAndItsButtonsOnScreen(FxRobot robot) throws Exception {
        Path draft = new ExportService(fixture.workspace()).export(dir.resolve("草稿.xlsx"), Typography.DEFAULT).file();
        Path science = DepartmentCopies.write(dir, draft, "县科技局", AREA_PILOT, "组织区域布局试点申报", "县科技局",
                POLICIES, "整合专利、商标政策", "县科技局");
        Path letter = Files.writeString(dir.resolve("报送函.docx"), "不是 Word 文档");
        for (int i = 0; i < TextSize.STEPS.size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        robot.interact(() -> fixture.window().setFileDialogs(choosing(List.of(science, letter))));
        merge(robot);
        WaitForAsyncUtils.waitForFxEvents();

        Labeled mergeButton = robot.lookup(".dialog-pane .button-bar .button")
                .match((Labeled b) -> b.getText().equals("合并")).queryAs(Labeled.class);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(mergeButton.localToScreen(mergeButton.getLayoutBounds()).getMaxY())
                .as("the dialog fitted on the screen, its buttons on it").isLessThanOrEqualTo(screen.getMaxY());
        List<Labeled> words = new ArrayList<>(robot.lookup(".dialog-pane .column-header .label")
                .match((Labeled l) -> List.of("变化", "编号").contains(l.getText())).queryAllAs(Labeled.class));
        assertThat(words).hasSize(2);
        words.addAll(robot.lookup(".dialog-pane .content .label").match(Node::isVisible).queryAllAs(Labeled.class));
        assertThat(words).hasSizeGreaterThan(4).allSatisfy(label ->
                assertThat(((Text) label.lookup(".text")).getText()).as(label.getText()).isEqualTo(label.getText()));
        robot.clickOn("取消");
    }
}
