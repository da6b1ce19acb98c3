package org.tianbao.ui.refs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tianbao.model.Entry;
import org.tianbao.refs.DepartmentMapping;
import org.tianbao.refs.ReferenceItem;
import org.tianbao.store.Workspace;
import org.tianbao.ui.FxWait;
import org.tianbao.ui.MainWindow;
import org.tianbao.ui.WindowFixture;
import org.tianbao.ui.edit.ItemModel;

/** The 参考依据 panel in the real window: references of the selected row, 插入举措, 添加部门, search. */
@ExtendWith(ApplicationExtension.class)
class ReferencePaneTest {

    @TempDir
    Path dir;

    private WindowFixture fixture;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        fixture = new WindowFixture(dir);
        window = fixture.show(stage);
        workspace = fixture.workspace();
    }

    @BeforeEach
    void awaitWindow() throws TimeoutException {
        fixture.awaitComplete();
    }

    @AfterEach
    void close() throws IOException {
        fixture.release();
    }

    private ReferencePane pane() {
        return window.references();
    }

    private ItemModel row(String id) {
        return window.session().item(id).orElseThrow();
    }

    /** Waits until the panel lists references whose first one satisfies the label. */
    private void waitForFirst(String fileNumber) throws TimeoutException {
        FxWait.until(20, () -> !pane().shownItems().isEmpty()
                && label(pane().shownItems().get(0)).equals(fileNumber) && !pane().busyProperty().get());
    }

    private static String label(ReferenceItem item) {
        return item.plan().fileName().substring(0, 3) + ":" + item.number();
    }

    private Node card(FxRobot robot, int index) {
        return FxWait.onFx(() -> robot.lookup(".tb-ref-card").queryAll().stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .toList().get(index));
    }

    /** The card of a reference, once the panel has laid it out (cards follow the list by a pulse or two). */
    private Node cardOf(FxRobot robot, String fileNumber) throws TimeoutException {
        FxWait.until(10, () -> findCard(robot, fileNumber).isPresent());
        return FxWait.onFx(() -> findCard(robot, fileNumber).orElseThrow());
    }

    private static java.util.Optional<Node> findCard(FxRobot robot, String fileNumber) {
        return robot.lookup(".tb-ref-card").queryAll().stream()
                .filter(n -> n.getUserData() instanceof ReferenceItem item && label(item).equals(fileNumber))
                .findFirst();
    }

    /**
     * Presses a button from the keyboard (focus, Space), as an officer tabbing through the panel does.
     * Keyboard rather than mouse: under headless Monocle the robot's pointer lands off its target.
     */
    private static void press(FxRobot robot, Button button) {
        robot.interact(button::requestFocus);
        robot.type(KeyCode.SPACE);
    }

    private Entry saved(String itemId) {
        assertThat(fixture.awaitSaved()).isTrue();
        return workspace.forms().load().entry(itemId).orElseThrow();
    }

    @Test
    void selectingARowListsItsReferencesAndInsertingOneFillsTheMeasures(FxRobot robot) throws TimeoutException {
        // The window opens on the first row; its references come first (building the index).
        waitForFirst("002:1");
        robot.interact(() -> window.navigator().select(row("1.03")));
        waitForFirst("002:3");
        assertThat(FxWait.onFx(pane()::shownItems)).hasSizeGreaterThan(1);

        Node first = card(robot, 0);
        List<String> highlighted = robot.from(first).lookup(".tb-ref-shared").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertThat(highlighted).contains("整合").anySatisfy(h -> assertThat(h).contains("地理标志"));
        assertThat(robot.from(first).lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("强国推进计划 · 国家 · 2019"));

        press(robot, robot.from(first).lookup(".tb-ref-insert").queryAs(Button.class));
        TextArea measures = robot.lookup("#measures").queryAs(TextArea.class);
        String expected = "整合专利、商标和地理标志政策、项目和平台，推动重大政策互联互通，统一服务窗口和办事流程，"
                + "推动实现知识产权业务申请“一网通办”。";
        assertThat(measures.getText()).isEqualTo(expected);
        assertThat(row("1.03").measuresProperty().get()).isEqualTo(expected);
        assertThat(saved("1.03").measures()).isEqualTo(expected);

        // A second reference goes at the caret (the end here) on a line of its own.
        press(robot, robot.from(card(robot, 1)).lookup(".tb-ref-insert").queryAs(Button.class));
        assertThat(measures.getText()).startsWith(expected + "\n").hasSizeGreaterThan(expected.length() + 10);

        // Its bodies become the county's IP office, which the dictionary has: added without asking.
        press(robot, robot.from(cardOf(robot, "002:3")).lookup(".tb-ref-add-departments").queryAs(Button.class));
        assertThat(row("1.03").departments()).containsExactly("县市场监督管理局（知识产权局）");
        assertThat(saved("1.03").departments()).containsExactly("县市场监督管理局（知识产权局）");
    }

    @Test
    void movingToAnotherRowReplacesTheReferences(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.navigator().select(row("3.16")));
        waitForFirst("002:63");
        robot.interact(() -> window.navigator().select(row("2.05")));
        waitForFirst("002:44");
        assertThat(FxWait.onFx(pane()::shownItems)).extracting(ReferencePaneTest::label).doesNotContain("002:63");
        // Icons keep their size however often the panel restyles (a CSS em size used to compound).
        assertThat(robot.lookup(".tb-icon").queryAllAs(javafx.scene.text.Text.class))
                .isNotEmpty().allSatisfy(icon -> assertThat(icon.getFont().getSize()).isEqualTo(17));
    }

    @Test
    void theSearchBoxSearchesAllPlansAndClearingItReturnsToTheRow(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.navigator().select(row("1.03")));
        waitForFirst("002:3");
        robot.interact(() -> pane().searchField().setText("质押融资"));
        FxWait.until(20, () -> robot.lookup("#refs-status").queryLabeled()
                .getText().startsWith("搜索“质押融资”"));
        assertThat(FxWait.onFx(pane()::shownItems)).extracting(ReferencePaneTest::label).contains("001:12", "004:三（四）");
        robot.interact(() -> pane().searchField().clear());
        waitForFirst("002:3");
    }

    @Test
    void aBodyWithoutCountyCounterpartIsAddedOnlyAfterTheOfficerChoosesOne(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.navigator().select(row("2.03")));
        waitForFirst("002:46");
        Button add = robot.from(cardOf(robot, "002:46")).lookup(".tb-ref-add-departments").queryAs(Button.class);
        robot.interact(add::requestFocus);
        // The dialog waits for the officer: press the button without waiting for the dialog to close.
        robot.press(KeyCode.SPACE);
        robot.release(KeyCode.SPACE);
        FxWait.until(10, () -> robot.lookup("#add-department-name-0").tryQuery().isPresent());
        // 海关总署 has no county counterpart in the default mapping: the dialog asks.
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#add-department-name-0").queryAs(ComboBox.class);
        assertThat(choice.getValue()).isNull();
        assertThat(row("2.03").departments()).isEmpty();
        robot.interact(() -> choice.setValue("县商务局"));
        robot.type(KeyCode.ENTER);
        assertThat(row("2.03").departments()).containsExactly("县商务局");
        assertThat(saved("2.03").departments()).containsExactly("县商务局");
        // The choice is remembered in the mapping.
        assertThat(workspace.departmentMapping().load().departmentFor("海关总署")).contains("县商务局");
    }

    @Test
    void theOfficerEditsTheMappingAndCanRestoreTheDefault(FxRobot robot) throws TimeoutException {
        int defaults = DepartmentMapping.defaults().rules().size();
        robot.interact(() -> Platform.runLater(() -> pane().editMapping(window.stage())));
        FxWait.until(10, () -> robot.lookup("#mapping-rows").tryQuery().isPresent());
        VBox rows = robot.lookup("#mapping-rows").queryAs(VBox.class);
        assertThat(rows.getChildren()).hasSize(defaults);
        // Each county department is shown in full.
        for (Node row : rows.getChildren()) {
            TextField shown = ((ComboBox<?>) ((HBox) row).getChildren().get(2)).getEditor();
            Text text = new Text(shown.getText());
            text.setFont(shown.getFont());
            double needed = text.getLayoutBounds().getWidth() + shown.getPadding().getLeft() + shown.getPadding().getRight();
            assertThat(shown.getWidth()).as(shown.getText()).isGreaterThanOrEqualTo(needed);
        }
        robot.interact(() -> robot.lookup("#mapping-add").queryButton().fire());
        HBox added = (HBox) rows.getChildren().get(defaults);
        robot.interact(() -> {
            ((TextField) added.getChildren().get(0)).setText("海关");
            @SuppressWarnings("unchecked")
            ComboBox<String> department = (ComboBox<String>) added.getChildren().get(2);
            department.getEditor().setText("县商务局");
        });
        robot.type(KeyCode.ENTER);
        assertThat(fixture.awaitSaved()).isTrue();
        DepartmentMapping saved = workspace.departmentMapping().load();
        assertThat(saved.rules()).hasSize(defaults + 1);
        assertThat(saved.departmentFor("贵阳海关")).contains("县商务局");

        robot.interact(() -> Platform.runLater(() -> pane().editMapping(window.stage())));
        FxWait.until(10, () -> robot.lookup("#mapping-rows").tryQuery().isPresent());
        assertThat(robot.lookup("#mapping-rows").queryAs(VBox.class).getChildren()).hasSize(defaults + 1);
        robot.interact(() -> robot.lookup("恢复默认").queryButton().fire());
        assertThat(fixture.awaitSaved()).isTrue();
        assertThat(workspace.departmentMapping().load()).isEqualTo(DepartmentMapping.defaults());
    }
}
