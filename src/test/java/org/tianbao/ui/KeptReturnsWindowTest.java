package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.excel.SampleReturns;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;
import org.tianbao.refs.UnitAnswers;

/**
 * A city consolidates its counties' returns, keeps them for reference (汇总 → 用作填报参考), and writes its
 * own form with the 参考依据 panel listing, row by row, what each county wrote.
 */
class KeptReturnsWindowTest extends WindowTestBase {

    private static final String LEADING_GROUP = "甲县成立知识产权工作领导小组，出台实施意见1份。";
    private static final String PLEDGE = "推动专利质押融资，全年融资额不少于5000万元。";

    private final FormDefinition form = BuiltInForms.current();

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    @Test
    void theCountiesReturnsKeptFromAConsolidationAreListedRowByRowAndTakenIntoTheCitysForm(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("returns"));
        WorkItem other1 = form.officialItems().stream()
                .filter(i -> i.areaNumber() == 1 && i.kind() == WorkItem.Kind.OTHER).findFirst().orElseThrow();
        WorkItem pledgeRow = form.officialItem("3.10").orElseThrow();
        OffsetDateTime t = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");
        SampleReturns.write(unit("甲县市场监督管理局", Map.of("1.01", List.of(LEADING_GROUP, "县委办公室", "甲县城管局"))),
                folder.resolve("甲县.xlsx"), t, 1);
        FilledForm yi = withOwnRow(unit("乙县市场监督管理局", Map.of("1.01", List.of("不涉及"),
                pledgeRow.id(), List.of(PLEDGE, "县地方金融监督管理局"))),
                new WorkItem("L-1", 1, "建立知识产权联络员制度", WorkItem.Kind.LOCAL), "各乡镇确定联络员1名。", "县市场监督管理局");
        SampleReturns.write(yi, folder.resolve("乙县.xlsx"), t, 1);
        SampleReturns.write(unit("丙县市场监督管理局", Map.of()), folder.resolve("丙县.xlsx"), t, 1);
        SampleReturns.write(unit("丁县市场监督管理局", Map.of("1.01", List.of("1.成立领导小组；\n2.制定工作方案；\n3.开展督查。", "县委办公室"))),
                folder.resolve("丁县.xlsx"), t, 1);
        Path out = dir.resolve("汇总.xlsx");
        robot.interact(() -> fixture.window().setFileDialogs(
                WindowFixture.answering(Optional.empty(), Optional.of(out), Optional.of(folder))));
        assertThat(unitsShown(robot)).as("nothing kept yet").isFalse();

        robot.clickOn("文件").clickOn("汇总多个单位的表格…");
        robot.clickOn("#consolidate-add-folder");
        robot.clickOn("#consolidate-start");
        FxWait.until(60, () -> !robot.lookup("#consolidate-keep").queryButton().isDisabled());
        // Meanwhile the main window was rebuilt (an import or a restore does that): the new one shows them.
        robot.interact(() -> fixture.window().reload());
        fixture.awaitComplete();
        FxWait.until(20, () -> !fixture.window().references().shownItems().isEmpty());
        robot.clickOn("#consolidate-keep");
        FxWait.until(10, () -> robot.lookup("#consolidate-status").queryLabeled().getText().startsWith("已把 4 个单位的填报留作参考"));
        Window consolidation = robot.lookup("#consolidate-keep").query().getScene().getWindow();
        robot.interact(() -> ((Stage) consolidation).close());

        // The window opened on 1.01: the panel now lists what the counties wrote there.
        FxWait.until(10, () -> unitsShown(robot) && units(robot).isSelected() && !answers().isEmpty());
        assertThat(units(robot).getText()).isEqualTo("下级单位（4）");
        assertThat(robot.lookup("#refs-subtitle").queryLabeled().getText()).endsWith("汇总的 4 个单位的填报");
        // In the 汇总's order of units.
        assertThat(answers()).extracting(a -> a.unitName()).containsExactly("丁县", "甲县");
        assertThat(answers().get(1).entry().measures()).isEqualTo(LEADING_GROUP);
        assertThat(status(robot)).isEqualTo("4 个单位中 2 个填写了这一项；不涉及：乙县；未填写：丙县。");
        // On a small screen the cards scroll; the sentence stays whole.
        robot.interact(() -> fixture.window().stage().setHeight(520));
        WaitForAsyncUtils.waitForFxEvents();
        Label statusLabel = robot.lookup("#refs-status").queryAs(Label.class);
        assertThat(statusLabel.getHeight()).as("the whole sentence, on as many lines as it needs")
                .isGreaterThanOrEqualTo(FxWait.onFx(() -> statusLabel.prefHeight(statusLabel.getWidth())) - 0.5);
        robot.interact(() -> fixture.window().stage().setHeight(760));
        // At the largest text size the switch and its link keep their words.
        for (int i = 0; i < TextSize.STEPS.size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#refs-source-plans", "#refs-source-units", "#refs-units-forget")) {
            Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
            assertThat(((Text) labeled.lookup(".text")).getText()).as(id).isEqualTo(labeled.getText());
        }
        Labeled insertAllLink = robot.lookup("#refs-insert-all").queryAs(Labeled.class);
        assertThat(insertAllLink.lookupAll(".text").stream().map(n -> ((Text) n).getText()).reduce("", String::concat))
                .as("全部插入, wrapped rather than cut").isEqualTo(insertAllLink.getText());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // 插入举措 takes the county's text into the city's row.
        Node card = robot.lookup(".tb-ref-card").match((Node n) -> n.getUserData() == answers().get(1)).query();
        assertThat(robot.from(card).lookup(".tb-ref-source").queryAs(Label.class).getTooltip().getText())
                .as("the whole name a hover away").isEqualTo("甲县市场监督管理局");
        press(robot, robot.from(card).lookup(".tb-ref-insert").queryAs(Button.class));
        assertThat(robot.lookup("#measures").queryAs(TextArea.class).getText()).isEqualTo(LEADING_GROUP);
        assertThat(fixture.awaitSaved()).isTrue();
        assertThat(fixture.workspace().forms().load().entry("1.01").orElseThrow().measures()).isEqualTo(LEADING_GROUP);

        // 添加部门: 县委办公室 is in the dictionary; the county's own 甲县城管局 is not, so the officer is asked,
        // and nothing of it becomes a rule of the mapping.
        Button add = robot.from(card).lookup(".tb-ref-add-departments").queryAs(Button.class);
        robot.interact(add::requestFocus);
        robot.press(KeyCode.SPACE);
        robot.release(KeyCode.SPACE);
        FxWait.until(10, () -> robot.lookup("#add-department-name-1").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("该单位填的责任部门", "本单位的部门", "甲县城管局");
        assertThat(robot.lookup("#add-departments-remember").tryQuery()).isEmpty();
        robot.type(KeyCode.ENTER);
        assertThat(item("1.01").departments()).containsExactly("县委办公室");
        assertThat(fixture.awaitSaved()).isTrue();
        assertThat(fixture.workspace().forms().load().entry("1.01").orElseThrow().departments()).containsExactly("县委办公室");

        // 全部插入 takes every county's measures, each paragraph headed by the county, after the text there.
        Hyperlink insertAll = robot.lookup("#refs-insert-all").queryAs(Hyperlink.class);
        assertThat(insertAll.getText()).isEqualTo("全部插入举措（2 个单位，每段注明单位）");
        robot.clickOn(insertAll);
        assertThat(robot.lookup("#measures").queryAs(TextArea.class).getText()).isEqualTo(LEADING_GROUP
                + "\n丁县：1.成立领导小组；\n2.制定工作方案；\n3.开展督查。\n甲县：" + LEADING_GROUP);
        assertThat(status(robot)).isEqualTo("已插入 2 个单位的举措，每段前注明单位，请归纳整理为本级的举措。");
        assertThat(fixture.awaitSaved()).isTrue();
        assertThat(fixture.workspace().forms().load().entry("1.01").orElseThrow().measures()).startsWith(LEADING_GROUP + "\n丁县：");

        // 全部添加部门: every department the units named, asked as for one unit's (甲县城管局 is the county's own).
        Hyperlink addAll = robot.lookup("#refs-add-all-departments").queryAs(Hyperlink.class);
        assertThat(addAll.getText()).isEqualTo("全部添加部门（2 个）");
        robot.interact(addAll::requestFocus);
        robot.press(KeyCode.SPACE);
        robot.release(KeyCode.SPACE);
        FxWait.until(10, () -> robot.lookup("#add-department-name-1").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("各单位编号 1.01 的责任部门对应如下本单位的部门。勾选要加入“责任部门”的部门；部门词典中没有的部门，勾选并确定后才会加入词典。",
                        "各单位填的责任部门", "县委办公室（牵头）", "甲县城管局");
        robot.type(KeyCode.ENTER);
        assertThat(item("1.01").departments()).containsExactly("县委办公室");
        assertThat(status(robot)).isEqualTo("责任部门中已有：县委办公室。");

        // The area's 其他 row lists the rows the counties added there, each with its own wording.
        robot.interact(() -> fixture.window().navigator().select(item(other1.id())));
        FxWait.until(10, () -> answers().size() == 1 && answers().get(0).entry().item().isLocal());
        assertThat(robot.lookup(".tb-ref-title").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("建立知识产权联络员制度");
        assertThat(insertAll.getText()).isEqualTo("全部插入举措（1 个单位，每段注明单位）");

        // The search box searches every county's rows.
        robot.interact(() -> fixture.window().references().searchField().setText("质押融资"));
        FxWait.until(10, () -> status(robot).startsWith("在各单位的填报中搜索“质押融资”：1 条"));
        assertThat(answers()).extracting(a -> a.entry().item().id()).containsExactly(pledgeRow.id());
        assertThat(robot.lookup(".tb-ref-shared").queryAllAs(Text.class)).extracting(Text::getText).containsExactly("质押融资");
        assertThat(insertAll.isVisible()).as("a search lists rows of many items: nothing to compile").isFalse();
        assertThat(addAll.isVisible()).isFalse();
        robot.interact(() -> fixture.window().references().searchField().clear());

        // The plans are one click away.
        robot.interact(() -> robot.lookup("#refs-source-plans").queryAs(ToggleButton.class).fire());
        FxWait.until(20, () -> !fixture.window().references().shownItems().isEmpty() && answers().isEmpty());
        assertThat(insertAll.isVisible()).isFalse();
        robot.interact(() -> units(robot).fire());
        FxWait.until(10, () -> !answers().isEmpty());

        // 不再参考, once confirmed, forgets them.
        ButtonBase forget = robot.lookup("#refs-units-forget").queryAs(ButtonBase.class);
        // The question waits for the officer: ask it without waiting for it to close.
        robot.interact(() -> Platform.runLater(forget::fire));
        FxWait.until(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("不再参考")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unitsShown(robot)).isFalse();
        assertThat(fixture.awaitSaved()).isTrue();
        assertThat(fixture.workspace().keptReturns().load().isEmpty()).isTrue();
        FxWait.until(20, () -> !fixture.window().references().shownItems().isEmpty());
    }

    private ToggleButton units(FxRobot robot) {
        return robot.lookup("#refs-source-units").queryAs(ToggleButton.class);
    }

    /** Whether the switch's 下级单位 is there to click. */
    private static boolean unitsShown(FxRobot robot) {
        return robot.lookup("#refs-source-units").tryQuery().map(KeptReturnsWindowTest::shown).orElse(false);
    }

    /** Whether a node and every node around it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<UnitAnswers.Answer> answers() {
        return FxWait.onFx(() -> fixture.window().references().shownAnswers());
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#refs-status").queryLabeled().getText();
    }

    /** Presses a button from the keyboard (headless Monocle's pointer may land off a button in a card). */
    private static void press(FxRobot robot, Button button) {
        robot.interact(button::requestFocus);
        robot.type(KeyCode.SPACE);
    }

    /** A county's return: per row, its measures then its departments. */
    private FilledForm unit(String name, Map<String, List<String>> written) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : FilledForm.blank(form, UnitInfo.EMPTY).entries()) {
            List<String> cells = written.get(e.item().id());
            entries.add(cells == null ? e : new Entry(e.item(), cells.get(0), cells.subList(1, cells.size())));
        }
        return new FilledForm(form, new UnitInfo(name, "张三", "0851-1234567"), entries);
    }

    private FilledForm withOwnRow(FilledForm filled, WorkItem own, String measures, String... departments) {
        return new FilledForm(form, filled.unit(), FilledForm.inPrintOrder(form,
                filled.entries(), List.of(new Entry(own, measures, List.of(departments)))));
    }
}
