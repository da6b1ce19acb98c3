package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.model.FilledForm;
import org.tianbao.store.Backups;
import org.tianbao.store.SnapshotFile;
import org.tianbao.store.Workspace;
import org.tianbao.ui.backup.AutoBackup;
import org.tianbao.ui.edit.FormSession;

/** 查找和替换 in the real window: a department renamed across the form, taken back, done again, and stored. */
class ReplaceWindowTest extends WindowTestBase {

    private static final String OLD = "县工商行政管理局";
    private static final String NEW = "县市场监督管理局";

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    private FormSession session() {
        return fixture.window().session();
    }

    @Test
    void aRenamedDepartmentIsReplacedAcrossTheFormTakenBackAndReplacedAgain(FxRobot robot) throws Exception {
        // The opening backup first, so that the only backup holding the texts below is the replacement's.
        WaitForAsyncUtils.waitFor((long) AutoBackup.OPENING_DELAY.toSeconds() + 15, TimeUnit.SECONDS,
                () -> !new Backups(fixture.folder()).list().isEmpty());
        robot.interact(() -> {
            item("1.04").measuresProperty().set("由" + OLD + "牵头建设集聚区，" + OLD + "年底考核");
            item("1.04").departments().setAll(OLD, "县科技局");
            item("2.03").measuresProperty().set("开展海关协作");
            item("2.03").departments().setAll("县科技局", OLD);
            item("3.05").measuresProperty().set("建设运营服务体系");
            item("3.05").departments().setAll(OLD, NEW);
            fixture.window().navigator().select(item("1.04"));
        });
        assertThat(fixture.awaitSaved()).isTrue();
        assertThat(session().departmentNames()).contains(OLD);

        // The officer selects the old name in the measures and presses Ctrl+H there.
        TextArea measures = robot.lookup("#measures").match(Node::isVisible).queryAs(TextArea.class);
        robot.clickOn(measures);
        robot.interact(() -> measures.selectRange(1, 1 + OLD.length()));
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        TextField find = robot.lookup("#replace-find").queryAs(TextField.class);
        assertThat(find.getText()).isEqualTo(OLD);
        ListView<?> matches = robot.lookup("#replace-matches").queryAs(ListView.class);
        assertThat(matches.getItems()).hasSize(3);
        assertThat(summary(robot)).isEqualTo("“" + OLD + "”出现在 3 项中，共 5 处。");
        assertThat(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getItem() != null)
                .<ListCell<?>>queryAll().stream().map(ListCell::getText).toList())
                .contains("1 · 知识产权服务业集聚区建设　（举措 2 处，部门 1 处）");

        robot.clickOn("#replace-with").write(NEW);
        robot.clickOn("#replace-all");
        assertThat(summary(robot)).startsWith("已在 3 项中把“" + OLD + "”替换为“" + NEW + "”，共 5 处。");
        assertThat(matches.getItems()).isEmpty();
        assertThat(item("1.04").measuresProperty().get()).isEqualTo("由" + NEW + "牵头建设集聚区，" + NEW + "年底考核");
        assertThat(item("1.04").departments()).containsExactly(NEW, "县科技局");
        assertThat(item("2.03").departments()).containsExactly("县科技局", NEW);
        assertThat(item("3.05").departments()).containsExactly(NEW);
        assertThat(session().departmentNames()).doesNotContain(OLD).containsOnlyOnce(NEW);
        // The editor behind the dialog shows the new text.
        assertThat(measures.getText()).contains(NEW).doesNotContain(OLD);

        robot.clickOn("#replace-undo");
        assertThat(item("1.04").measuresProperty().get()).isEqualTo("由" + OLD + "牵头建设集聚区，" + OLD + "年底考核");
        assertThat(item("3.05").departments()).containsExactly(OLD, NEW);
        assertThat(session().departmentNames()).contains(OLD);
        assertThat(matches.getItems()).hasSize(3);
        assertThat(robot.lookup("#replace-undo").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#replace-all");
        assertThat(item("2.03").departments()).containsExactly("县科技局", NEW);
        // Looking for the new name lists its rows; a double-click on one closes the dialog and goes to it.
        robot.clickOn(find).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(NEW);
        assertThat(matches.getItems()).hasSize(3);
        robot.doubleClickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith("2 · ")).queryAs(ListCell.class));
        assertThat(robot.lookup("#replace-find").tryQuery()).isEmpty();
        assertThat(fixture.window().navigator().selectedItemProperty().get().id()).isEqualTo("2.03");

        closeWindow(robot);
        FilledForm stored = fixture.reopen();
        assertThat(stored.entry("1.04").orElseThrow().measures()).isEqualTo("由" + NEW + "牵头建设集聚区，" + NEW + "年底考核");
        assertThat(stored.entry("1.04").orElseThrow().departments()).containsExactly(NEW, "县科技局");
        assertThat(stored.entry("3.05").orElseThrow().departments()).containsExactly(NEW);
        try (Workspace ws = Workspace.open(fixture.folder())) {
            assertThat(ws.departments().names()).doesNotContain(OLD).containsOnlyOnce(NEW);
        }
        // The data as it was before replacing is kept as a backup: the way back once the dialog is closed.
        List<Backups.Backup> backups = new Backups(fixture.folder()).list();
        assertThat(backups).anySatisfy(b -> assertThat(SnapshotFile.read(b.file(), stored.definition()).form()
                .entry("1.04").orElseThrow().measures()).isEqualTo("由" + OLD + "牵头建设集聚区，" + OLD + "年底考核"));
    }

    @Test
    void aNameOnlyTheDictionaryHoldsIsRenamedThere(FxRobot robot) throws Exception {
        robot.clickOn("编辑").clickOn("查找和替换…");
        robot.clickOn("#replace-find").write("县委办公室");
        assertThat(summary(robot)).isEqualTo("表格中没有“县委办公室”，只有部门词典中有。");
        robot.clickOn("#replace-with").write("县委办");
        robot.clickOn("#replace-all");
        assertThat(summary(robot)).isEqualTo("部门词典中的“县委办公室”已替换为“县委办”。");
        assertThat(session().departmentNames()).startsWith("县委办").doesNotContain("县委办公室");
        robot.clickOn("关闭");
        closeWindow(robot);
        try (Workspace ws = Workspace.open(fixture.folder())) {
            assertThat(ws.departments().names()).startsWith("县委办").doesNotContain("县委办公室");
        }
    }

    @Test
    void theDepartmentMappingFollowsARenamedDepartmentAndItsUndo(FxRobot robot) throws Exception {
        robot.clickOn("编辑").clickOn("查找和替换…");
        robot.clickOn("#replace-find").write("县公安局");
        robot.clickOn("#replace-with").write("县公安分局");
        robot.clickOn("#replace-all");
        // 添加部门 on an item naming 公安部 now adds the name the dictionary has.
        assertThat(fixture.window().references().departmentMapping().departmentFor("公安部")).contains("县公安分局");
        robot.clickOn("#replace-undo");
        assertThat(fixture.window().references().departmentMapping().departmentFor("公安部")).contains("县公安局");
        robot.clickOn("#replace-all");
        assertThat(session().departmentNames()).contains("县公安分局");
        assertThat(fixture.window().references().departmentMapping().departmentFor("公安部")).contains("县公安分局");
        assertThat(fixture.awaitSaved()).isTrue();
        robot.clickOn("关闭");
        closeWindow(robot);
        try (Workspace ws = Workspace.open(fixture.folder())) {
            assertThat(ws.departmentMapping().load().departmentFor("公安部")).contains("县公安分局");
            assertThat(ws.departments().names()).contains("县公安分局").doesNotContain("县公安局");
        }
    }

    @Test
    void enterInTheFindFieldMovesOnAndAnEmptyReplacementSaysItDeletes(FxRobot robot) {
        robot.interact(() -> item("1.04").measuresProperty().set("县工商局牵头"));
        robot.clickOn("编辑").clickOn("查找和替换…");
        robot.clickOn("#replace-find").write("县工商局").press(KeyCode.ENTER).release(KeyCode.ENTER);
        // Nothing replaced (with nothing) by that Enter: the caret went on to 替换为.
        assertThat(item("1.04").measuresProperty().get()).isEqualTo("县工商局牵头");
        assertThat(robot.lookup("#replace-with").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(robot.lookup("#replace-all").queryAs(Button.class).getText()).isEqualTo("全部删除");
        robot.write("县市场监督管理局");
        assertThat(robot.lookup("#replace-all").queryAs(Button.class).getText()).isEqualTo("全部替换");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(item("1.04").measuresProperty().get()).isEqualTo("县市场监督管理局牵头");
        robot.clickOn("关闭");
    }

    @Test
    void aTextFoundNowhereReplacesNothing(FxRobot robot) {
        robot.clickOn("编辑").clickOn("查找和替换…");
        robot.clickOn("#replace-find").write("不存在的文字");
        robot.clickOn("#replace-with").write("甲");
        assertThat(summary(robot)).isEqualTo("没有找到“不存在的文字”。");
        assertThat(robot.lookup("#replace-all").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("关闭");
        assertThat(robot.lookup("#replace-find").tryQuery()).isEmpty();
    }

    @Test
    void atTheLargestTextSizeTheDialogsButtonsStayOnScreen(FxRobot robot) {
        for (int i = 0; i < TextSize.STEPS.size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.write("县");
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        for (String button : List.of("#replace-all", "#replace-undo", ".dialog-pane .button-bar .button")) {
            Node node = robot.lookup(button).query();
            Bounds onScreen = node.localToScreen(node.getLayoutBounds());
            assertThat(onScreen.getMaxY()).as(button).isLessThanOrEqualTo(screen.getMaxY());
            assertThat(onScreen.getMinY()).as(button).isGreaterThanOrEqualTo(screen.getMinY());
        }
        Label summary = robot.lookup("#replace-summary").queryAs(Label.class);
        assertThat(summary.getHeight()).isGreaterThanOrEqualTo(summary.prefHeight(summary.getWidth()) - 0.5);
        robot.clickOn("关闭");
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#replace-summary").queryAs(Label.class).getText();
    }
}
