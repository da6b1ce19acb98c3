package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Label;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.ui.edit.ItemModel;

/** Drives the real main window: select, type, pick departments, and check what reached the database. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path root;

    private WindowFixture fixture;
    private MainWindow window;

    /** What the window held when show() returned, before any pulse: the opening's first frame. */
    private boolean editorInFirstFrame;
    private boolean referencesInFirstFrame;

    @Start
    void start(Stage stage) throws IOException {
        fixture = new WindowFixture(java.nio.file.Files.createTempDirectory(root, "data"));
        window = fixture.show(stage);
        editorInFirstFrame = window.editor().view().getScene() != null;
        referencesInFirstFrame = window.references().view().getScene() != null;
    }

    @BeforeEach
    void awaitWindow() throws TimeoutException {
        fixture.awaitComplete();
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        closeWindow(robot);
        fixture.release();
    }

    /** Closes the window as the officer does (pending edits flushed); asserts that it closed. */
    private void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            try {
                assertThat(fixture.closeWindow()).isTrue();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Waits for a condition on the window, read on the FX thread. */
    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(10, condition);
    }

    private ItemModel item(String id) {
        return window.session().item(id).orElseThrow();
    }

    /** Clicks the tree row showing the given text (scrolling it into view first). */
    private void clickRow(FxRobot robot, String text) {
        robot.clickOn(row(robot, text));
    }

    /** The tree cell showing the given text, scrolled into view. */
    private TreeCell<?> row(FxRobot robot, String text) {
        robot.interact(() -> {
            TreeView<?> tree = window.navigator().tree();
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                if (String.valueOf(tree.getTreeItem(row).getValue()).contains(text)) {
                    tree.scrollTo(Math.max(0, row - 2));
                    return;
                }
            }
        });
        TreeCell<?> cell = robot.lookup(".tb-nav-cell").match((TreeCell<?> c) -> c.getItem() != null
                && c.getGraphic() != null && text.equals(shownText(robot, c))).query();
        return cell;
    }

    /** A row's text: the cell's own (a work item) or its label's (a key area, an own row). */
    private static String shownText(FxRobot robot, TreeCell<?> cell) {
        if (cell.getText() != null) {
            return cell.getText();
        }
        return robot.from(cell).lookup(".label").tryQuery().map(l -> ((Label) l).getText()).orElse(null);
    }

    private TextArea measures(FxRobot robot) {
        return robot.lookup("#measures").match(Node::isVisible).queryAs(TextArea.class);
    }

    @Test
    void theTreeComesFirstAndTheEditorOpensTheFirstUnfinishedRowRightAfter(FxRobot robot) {
        assertThat(editorInFirstFrame).isFalse();
        assertThat(referencesInFirstFrame).isFalse();
        Scene scene = window.stage().getScene();
        assertThat(FxWait.onFx(() -> window.editor().view().getScene())).isSameAs(scene);
        assertThat(FxWait.onFx(() -> window.references().view().getScene())).isSameAs(scene);
        ItemModel first = window.session().items().get(0);
        assertThat(window.navigator().selectedItemProperty().get()).isSameAs(first);
        assertThat(FxWait.onFx(() -> window.editor().current().item())).isSameAs(first);
        assertThat(measures(robot).getScene()).isSameAs(scene);
    }

    @Test
    void treeShowsEveryKeyAreaAndWorkItemWithCounts(FxRobot robot) {
        TreeView<?> tree = window.navigator().tree();
        assertThat(tree.getRoot().getChildren()).hasSize(6);
        assertThat(tree.getRoot().getChildren().stream().mapToInt(a -> a.getChildren().size()).sum()).isEqualTo(69);
        assertThat(tree.getRoot().getChildren().get(2).getChildren()).hasSize(23);
        List<String> badges = robot.lookup(".tb-badge").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(badges).contains("0/10", "0/11");
        assertThat(robot.lookup("#overall-progress").queryAs(Label.class).getText()).isEqualTo("已完成 0/69");
        assertThat(window.stage().getTitle()).contains("未设置填报单位");
    }

    @Test
    void typedMeasuresAreSavedAndSurviveReopening(FxRobot robot) throws Exception {
        clickRow(robot, "梳理整合专利、商标和地理标志政策、项目和平台");
        robot.clickOn(measures(robot)).write("整合专利、商标政策，形成一个窗口。");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("成果：出台办法1件");
        waitUntil(() -> robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class)
                .getText().startsWith("已保存"));

        // Without closing the window: what the status bar calls saved is already in the file.
        FilledForm stored = readWhileOpen();
        assertThat(stored.entry("1.03").orElseThrow().measures()).isEqualTo("整合专利、商标政策，形成一个窗口。\n成果：出台办法1件");
    }

    @Test
    void ctrlSWritesWhatWaitsForThePauseInTyping(FxRobot robot) throws Exception {
        clickRow(robot, "梳理整合专利、商标和地理标志政策、项目和平台");
        robot.clickOn(measures(robot)).write("按习惯按 Ctrl+S。");
        assertThat(FxWait.onFx(() -> window.session().saves().hasPendingChanges())).as("typed, not yet written").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertThat(FxWait.onFx(() -> window.session().saves().hasPendingChanges())).as("written at once").isFalse();
        assertThat(window.session().saves().awaitIdle(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(readWhileOpen().entry("1.03").orElseThrow().measures()).isEqualTo("按习惯按 Ctrl+S。");
    }

    /** Reads the database through the window's own store (the folder is locked while the window is open). */
    private FilledForm readWhileOpen() {
        return fixture.workspace().forms().load();
    }

    @Test
    void departmentsArePickedWithTheKeyboardInOrderAndNewNamesJoinTheDictionary(FxRobot robot) throws Exception {
        clickRow(robot, "知识产权服务业集聚区建设");
        robot.clickOn("#department-input").write("科技");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("市监");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("县大数据发展管理局").press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("财政").press(KeyCode.ENTER).release(KeyCode.ENTER);
        // Backspace in the empty field removes the last one.
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);

        assertThat(item("1.04").departments())
                .containsExactly("县科技局", "县市场监督管理局（知识产权局）", "县大数据发展管理局");
        assertThat(robot.lookup(".tb-lead").queryAs(Label.class).getText()).isEqualTo("牵头");
        robot.clickOn(measures(robot)).write("建设集聚区");
        robot.clickOn("#search");
        assertThat(fixture.awaitSaved()).isTrue();
        waitUntil(() -> !window.session().saves().hasUnsavedChanges());

        closeWindow(robot);
        FilledForm stored = fixture.reopen();
        Entry entry = stored.entry("1.04").orElseThrow();
        assertThat(entry.departments()).containsExactly("县科技局", "县市场监督管理局（知识产权局）", "县大数据发展管理局");
        assertThat(entry.status()).isEqualTo(org.tianbao.model.EntryStatus.COMPLETE);
        try (var ws = org.tianbao.store.Workspace.open(fixture.folder())) {
            assertThat(ws.departments().names()).contains("县大数据发展管理局");
        }
    }

    @Test
    void severalDepartmentsTypedOrPastedAtOnceBecomeOneChipEach(FxRobot robot) throws Exception {
        clickRow(robot, "知识产权服务业集聚区建设");
        // As officers write them in their drafts, the one that leads marked.
        robot.clickOn("#department-input").write("县财政局、县科技局（牵头）").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(item("1.04").departments()).containsExactly("县科技局", "县财政局");
        // Copied from two cells of a sheet: a tab between them, a line break after.
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("县公安局\t县司法局\r\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertThat(robot.lookup("#department-input").queryAs(TextField.class).getText()).isEqualTo("县公安局、县司法局");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        // A suggestion completes the name typed after the separator.
        robot.write("县商务局、市监");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.ENTER).release(KeyCode.ENTER);
        List<String> expected = List.of("县科技局", "县财政局", "县公安局", "县司法局", "县商务局", "县市场监督管理局");
        assertThat(item("1.04").departments()).containsExactlyElementsOf(expected);
        assertThat(robot.lookup(".tb-chip").queryAll()).hasSize(6);
        closeWindow(robot);
        assertThat(fixture.reopen().entry("1.04").orElseThrow().departments()).containsExactlyElementsOf(expected);
    }

    @Test
    void aUnitsOwnRowIsAddedUnderItsAreaAndSaved(FxRobot robot) throws Exception {
        clickRow(robot, "知识产权智库建设");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        // Monocle does not focus a new dialog window by itself (TestFX#749): click into its field.
        robot.clickOn(".dialog-pane .text-field").write("举办知识产权进园区活动").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> window.session().area(5).items().size() == 6);
        ItemModel own = window.session().area(5).items().get(5);
        assertThat(own.isLocal()).isTrue();
        assertThat(window.navigator().selectedItemProperty().get()).isSameAs(own);
        // The caret is in the new row's measures: type straight away.
        robot.write("全年举办 4 场");
        robot.clickOn("#department-input").write("县商务局").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup(".tb-tag").match(n -> n.isVisible() && ((Label) n).getText().equals("本单位"))
                .tryQuery()).isPresent();

        closeWindow(robot);
        FilledForm stored = fixture.reopen();
        List<Entry> area5 = stored.entriesOf(5);
        assertThat(area5).hasSize(6);
        Entry last = area5.get(5);
        assertThat(last.item().text()).isEqualTo("举办知识产权进园区活动");
        assertThat(last.measures()).isEqualTo("全年举办 4 场");
        assertThat(last.departments()).containsExactly("县商务局");
        assertThat(area5.get(4).item().text()).startsWith("其他");
    }

    @Test
    void theFilterShowsOnlyUnfinishedRows(FxRobot robot) throws Exception {
        robot.interact(() -> {
            item("2.01").measuresProperty().set("公开处罚信息");
            item("2.01").departments().setAll("县市场监督管理局");
            item("2.02").measuresProperty().set("只写了举措");
        });
        clickRow(robot, "推进知识产权军民融合改革试点");
        robot.clickOn("#only-incomplete");
        List<ItemModel> visible = window.navigator().visibleItems();
        assertThat(visible).hasSize(68).doesNotContain(item("2.01")).contains(item("2.02"));
        assertThat(robot.lookup(".tb-badge").match(n -> ((Label) n).getText().equals("1/11")).tryQuery()).isPresent();
        robot.clickOn("#only-incomplete");
        assertThat(window.navigator().visibleItems()).hasSize(69);
    }

    @Test
    void searchFindsRowsByContentMeasuresAndDepartments(FxRobot robot) {
        robot.interact(() -> {
            item("6.09").measuresProperty().set("开展“4·26”知识产权宣传周活动");
            item("4.02").departments().setAll("县工业和信息化局");
        });
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("宣传周");
        assertThat(window.navigator().visibleItems()).containsExactly(item("6.09"));
        robot.eraseText(3).write("工业和信息化");
        assertThat(window.navigator().visibleItems()).containsExactly(item("4.02"));
        robot.eraseText(6).write("海关");
        assertThat(window.navigator().visibleItems()).containsExactly(item("2.03"));
        // Enter opens the first match.
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(window.navigator().selectedItemProperty().get()).isSameAs(item("2.03"));
        robot.clickOn("#search").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(window.navigator().visibleItems()).hasSize(69);
    }

    @Test
    void altArrowsMoveBetweenRowsWithoutTheMouse(FxRobot robot) {
        clickRow(robot, "完善知识产权快速维权机制");
        robot.clickOn(measures(robot));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(window.navigator().selectedItemProperty().get()).isSameAs(item("2.03"));
        assertThat(measures(robot).isFocused()).isTrue();
        robot.write("海关协作");
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertThat(window.navigator().selectedItemProperty().get()).isSameAs(item("2.01"));
        assertThat(item("2.03").measuresProperty().get()).isEqualTo("海关协作");
    }

    @Test
    void textSizeGrowsAndIsRemembered(FxRobot robot) throws Exception {
        int before = window.textSize().size();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        int after = window.textSize().size();
        assertThat(after).isGreaterThan(before);
        assertThat(robot.lookup("#overall-progress").queryAs(javafx.scene.control.Label.class).getFont().getSize())
                .isEqualTo(after);
        closeWindow(robot);
        try (var ws = org.tianbao.store.Workspace.open(fixture.folder())) {
            assertThat(ws.settings().getInt(TextSize.SETTING, 0)).isEqualTo(after);
        }
    }

    @Test
    void atTheLargestTextSizeEverythingKeepsItsWordsAndStaysOnScreen(FxRobot robot) {
        for (int i = 0; i < TextSize.STEPS.size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        assertThat(window.textSize().size()).isEqualTo(TextSize.STEPS.get(TextSize.STEPS.size() - 1));
        robot.interact(() -> item("1.02").departments().setAll("县市场监督管理局（知识产权局）"));
        clickRow(robot, "开展知识产权区域布局试点，推进区域知识产权资源配置和政策优化调整");
        WaitForAsyncUtils.waitForFxEvents();
        assertShownWhole(robot.lookup("#item-text").match(Node::isVisible).queryAs(Label.class));
        // The editor keeps to its own pane: nothing pushes it under the tree.
        Node editor = robot.lookup(".tb-item-editor").match(Node::isVisible).query();
        Node tree = robot.lookup(".tb-navigator").query();
        assertThat(editor.localToScene(editor.getLayoutBounds()).getMinX())
                .isGreaterThanOrEqualTo(tree.localToScene(tree.getLayoutBounds()).getMaxX());
        assertShownWhole(robot.lookup("#only-incomplete").queryAs(Labeled.class));
        List<Label> badges = robot.lookup(".tb-badge").match(Node::isVisible).queryAllAs(Label.class).stream().toList();
        assertThat(badges).isNotEmpty().allSatisfy(MainWindowTest::assertShownWhole);
        List<Labeled> more = new java.util.ArrayList<>(robot.lookup(".tb-ref-number").match(Node::isVisible)
                .queryAllAs(Labeled.class));
        more.add(robot.lookup(".tb-department-add").match(Node::isVisible).queryAs(Labeled.class));
        more.addAll(robot.lookup(".tb-field-label").match(Node::isVisible).queryAllAs(Labeled.class));
        Labeled notApplicable = robot.lookup("#not-applicable").match(Node::isVisible).queryAs(Labeled.class);
        more.add(notApplicable);
        assertThat(more).hasSizeGreaterThan(5).allSatisfy(MainWindowTest::assertShownWhole);
        assertThat(notApplicable.localToScene(notApplicable.getLayoutBounds()).getMaxX())
                .isLessThanOrEqualTo(editor.localToScene(editor.getLayoutBounds()).getMaxX());
        // The measures field has room for a few lines only here: the link stands below it, clear of its prompt.
        Node measures = robot.lookup("#measures").match(Node::isVisible).query();
        assertThat(notApplicable.localToScene(notApplicable.getLayoutBounds()).getMinY())
                .isGreaterThanOrEqualTo(measures.localToScene(measures.getLayoutBounds()).getMaxY());

        // Dialogs grow with the text: the export check's buttons keep their words.
        robot.interact(() -> window.session().updateUnit(new UnitInfo("某县市场监督管理局", "", "")));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        List<Labeled> buttons = robot.lookup(".dialog-pane .button-bar .button").match(Node::isVisible)
                .queryAllAs(Labeled.class).stream().toList();
        assertThat(buttons).extracting(Labeled::getText).contains("转到所选项");
        assertThat(buttons).allSatisfy(MainWindowTest::assertShownWhole);
        robot.clickOn("取消");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        List<Labeled> names = robot.lookup(".dialog-pane .label").match(n -> n.isVisible()
                && List.of("填报单位", "填报人", "联系电话").contains(((Labeled) n).getText())).queryAllAs(Labeled.class)
                .stream().toList();
        assertThat(names).hasSize(3).allSatisfy(MainWindowTest::assertShownWhole);
        robot.clickOn("取消");

        // A tall dialog stays on the screen, its buttons within reach.
        robot.clickOn("编辑").clickOn("部门词典…");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dictionary = robot.lookup(".dialog-pane").query().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(dictionary.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(dictionary.getY() + dictionary.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        robot.clickOn("取消");
        // So does the list of keys, taller than the screen at this size: it scrolls instead.
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node ok = robot.lookup(".dialog-pane .button-bar .button").match(Node::isVisible).query();
        assertThat(ok.localToScreen(ok.getLayoutBounds()).getMaxY()).isLessThanOrEqualTo(screen.getMaxY());
        javafx.scene.layout.Region keys = robot.lookup("#shortcuts").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.control.ScrollPane keysPane = (javafx.scene.control.ScrollPane) keys.getParent().getParent().getParent();
        assertThat(keysPane.getViewportBounds().getWidth()).as("both columns in view")
                .isGreaterThanOrEqualTo(keys.prefWidth(-1) - ShortcutsDialog.SCROLL_BAR_ROOM);
        robot.clickOn("确定");
        // A message grows with the text, as the window's text does, instead of wrapping into a narrow column.
        robot.clickOn("帮助").clickOn("关于填报通");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getWidth()).isGreaterThan(800);
        robot.clickOn("确定");
        robot.clickOn("编辑").clickOn("部门词典…");
        WaitForAsyncUtils.waitForFxEvents();
        // Fitted on the screen, its note keeps every line; the list gives up the room.
        assertThat(robot.lookup(".dialog-pane .content .label").match(Node::isVisible).queryAllAs(Labeled.class))
                .isNotEmpty().allSatisfy(MainWindowTest::assertShownWhole);
        robot.clickOn("取消");

        // The 汇总 window too: its status sentence whole, its buttons and column titles with their words.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#consolidate-status").queryAs(Label.class);
        assertThat(status.getHeight()).as("room for every line of the status")
                .isGreaterThanOrEqualTo(status.prefHeight(status.getWidth()) - 0.5);
        assertThat(robot.lookup("#consolidate-start").queryAs(Labeled.class)).satisfies(MainWindowTest::assertShownWhole);
        assertThat(robot.lookup("#consolidate-expected").queryAs(Labeled.class)).satisfies(MainWindowTest::assertShownWhole);
        List<Labeled> titles = robot.lookup("#consolidate-units .column-header .label").queryAllAs(Labeled.class)
                .stream().filter(Node::isVisible).toList();
        assertThat(titles).extracting(Labeled::getText).contains("填报单位", "文件");
        assertThat(titles).allSatisfy(MainWindowTest::assertShownWhole);
        closeConsolidationWindows(robot);
    }

    /** The text on screen is the whole text, not one cut short with "…". */
    private static void assertShownWhole(Labeled labeled) {
        assertThat(((Text) labeled.lookup(".text")).getText()).as(labeled.getText()).isEqualTo(labeled.getText());
    }

    @Test
    void theDefaultTextSizeReturnsWithCtrlZeroAsItsMenuSays(FxRobot robot) {
        int before = window.textSize().size();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(window.textSize().size()).isGreaterThan(before);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(window.textSize().size()).isEqualTo(before);
        robot.clickOn("视图");
        List<String> shown = robot.lookup(".context-menu .menu-item .accelerator-text")
                .match(n -> n.getScene().getWindow().isShowing()).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(shown).contains("Ctrl+=", "Ctrl+-", "Ctrl+0", "F9");
    }

    @Test
    void rowsAreIndentedAsBeforeOnceTheTextIsBackToItsSize(FxRobot robot) {
        double before = firstItemIconX(robot);
        for (int i = 0; i < TextSize.STEPS.size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstItemIconX(robot)).as("a work item's status icon, left edge").isCloseTo(before, within(1.0));
    }

    private static double firstItemIconX(FxRobot robot) {
        TreeCell<?> cell = robot.lookup(".tree-cell.tb-item").match((TreeCell<?> c) -> c.getGraphic() != null)
                .queryAs(TreeCell.class);
        return FxWait.onFx(() -> cell.getGraphic().localToScene(cell.getGraphic().getLayoutBounds()).getMinX());
    }

    @Test
    void f1ListsEveryMenuKeyInFull(FxRobot robot) {
        List<String> menuKeys = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> i.getAccelerator() != null)
                .map(i -> i.getAccelerator().getDisplayText()).toList();
        assertThat(menuKeys).hasSizeGreaterThan(15);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        List<Label> cells = robot.lookup("#shortcuts .label").queryAllAs(Label.class).stream().toList();
        List<String> listed = cells.stream().filter(l -> l.getStyleClass().contains("tb-keys"))
                .flatMap(l -> java.util.Arrays.stream(l.getText().split(" / "))).toList();
        assertThat(listed).containsAll(menuKeys);
        // Shown whole: not cut short with "…".
        assertThat(cells).allSatisfy(l -> assertThat(((Text) l.lookup(".text")).getText()).isEqualTo(l.getText()));
        robot.clickOn("确定");
        assertThat(robot.lookup("#shortcuts").tryQuery()).isEmpty();
    }

    @Test
    void escapeLeavesTheUnitDialogAndChangesNothing(FxRobot robot) throws Exception {
        robot.clickOn("#banner-set-unit");
        robot.clickOn("#unit-name").write("不该保存的单位");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#unit-name").tryQuery()).isEmpty();
        assertThat(window.stage().getTitle()).isEqualTo("填报通 — 未设置填报单位");
        closeWindow(robot);
        assertThat(fixture.reopen().unit().unitName()).isEmpty();
    }

    @Test
    void theWindowsPlaceIsRememberedWhenItCloses(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setX(20);
            window.stage().setY(10);
            window.stage().setWidth(1100);
            window.stage().setHeight(700);
        });
        closeWindow(robot);
        try (var ws = org.tianbao.store.Workspace.open(fixture.folder())) {
            assertThat(ws.settings().get(WindowPlacement.SETTING)).contains("20,10,1100,700,false");
        }
    }

    @Test
    void measuresTypedAsAnotherRowsAreFlaggedAboveTheField(FxRobot robot) {
        robot.interact(() -> item("1.05").measuresProperty().set("开展宣传活动 3 次。"));
        robot.interact(() -> window.navigator().select(item("3.01")));
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = robot.lookup("#measures-same-as").match(Node::isVisible).tryQueryAs(Label.class).orElse(null);
        assertThat(hint).as("nothing written yet: nothing flagged").isNull();
        robot.clickOn("#measures").write("开展宣传活动3次。");
        hint = robot.lookup("#measures-same-as").match(Node::isVisible).queryAs(Label.class);
        assertThat(hint.getText()).isEqualTo("与 1.05 的具体举措一字不差，上级审核时常被退回。");
        // The other row, shown, names this one; once it differs, neither is flagged.
        robot.interact(() -> window.navigator().select(item("1.05")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#measures-same-as").match(Node::isVisible).queryAs(Label.class).getText())
                .isEqualTo("与 3.01 的具体举措一字不差，上级审核时常被退回。");
        robot.clickOn("#measures").write("另写一句。");
        assertThat(robot.lookup("#measures-same-as").match(Node::isVisible).tryQuery()).isEmpty();
        robot.interact(() -> window.navigator().select(item("3.01")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#measures-same-as").match(Node::isVisible).tryQuery()).as("checked again when shown").isEmpty();
    }

    @Test
    void thePanelsAsTheOfficerLeftThemComeBackAtTheNextStart(FxRobot robot) throws Exception {
        SplitPane split = robot.lookup("#main-split").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.25, 0.55));
        robot.press(KeyCode.F9).release(KeyCode.F9);
        assertThat(split.getItems()).hasSize(2);
        closeWindow(robot);
        try (var ws = org.tianbao.store.Workspace.open(fixture.folder())) {
            assertThat(ws.settings().get(PanelLayout.SETTING)).contains("0.2500,0.5500,false");
        }

        robot.interact(() -> {
            try {
                fixture.show(new Stage());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        fixture.awaitComplete();
        SplitPane again = robot.lookup("#main-split").match(Node::isVisible).queryAs(SplitPane.class);
        assertThat(again).isNotSameAs(split);
        assertThat(again.getItems()).as("the 参考依据 panel stays hidden").hasSize(2);
        assertThat(again.getDividerPositions()[0]).isCloseTo(0.25, within(0.01));
        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.getItems()).hasSize(3);
        assertThat(again.getDividerPositions()[1]).as("as wide as it was").isCloseTo(0.55, within(0.01));
        // Hidden since the start, it searches once shown.
        FxWait.until(20, () -> !fixture.window().references().shownItems().isEmpty());
    }

    @Test
    void theUnitIsSetInItsDialogAndShownInTheTitle(FxRobot robot) throws Exception {
        robot.clickOn("#banner-set-unit");
        robot.clickOn("#unit-name").write("黔东县市场监督管理局");
        robot.clickOn("#reporter").write("李四");
        robot.clickOn("#phone").write("0855-1234567");
        robot.clickOn("确定");
        assertThat(window.stage().getTitle()).isEqualTo("填报通 — 黔东县市场监督管理局");
        assertThat(robot.lookup("#unit-banner").query().isVisible()).isFalse();
        closeWindow(robot);
        FilledForm stored = fixture.reopen();
        assertThat(stored.unit().unitName()).isEqualTo("黔东县市场监督管理局");
        assertThat(stored.unit().reporter()).isEqualTo("李四");
        assertThat(stored.unit().phone()).isEqualTo("0855-1234567");
    }

    @Test
    void theListOfUnitsThatOweAReturnIsKeptForTheNextConsolidation(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#consolidate-expected");
        robot.clickOn("#expected-units").write("黔东县、黔西县");
        robot.clickOn("确定");
        waitUntil(() -> fixture.workspace().settings().get(MainWindow.EXPECTED_UNITS_SETTING).isPresent());
        assertThat(fixture.workspace().settings().get(MainWindow.EXPECTED_UNITS_SETTING)).contains("黔东县\n黔西县");
        closeConsolidationWindows(robot);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#consolidate-expected").queryButton().getText()).isEqualTo("应报单位（2）…");
        closeConsolidationWindows(robot);
    }

    private static void closeConsolidationWindows(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().contains("汇总"))
                .toList().forEach(javafx.stage.Window::hide));
    }

    @Test
    void closingRightAfterTypingLosesNothing(FxRobot robot) throws Exception {
        clickRow(robot, "重大经济活动知识产权评议");
        robot.clickOn(measures(robot)).write("最后一刻写下的字");
        // Close before the typing pause elapses.
        closeWindow(robot);
        assertThat(fixture.reopen().entry("1.05").orElseThrow().measures()).isEqualTo("最后一刻写下的字");
    }

    @Test
    void textPastedFromWordKeepsItsLineBreaksWithoutTabsOrControlCharacters(FxRobot robot) throws Exception {
        clickRow(robot, "知识产权服务业集聚区建设");
        TextArea area = measures(robot);
        robot.clickOn(area).write("举措：");
        // As Word and WPS put it on the clipboard: list numbers with tabs, a manual line break (vertical tab).
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("（一）\t建设集聚区\u000B引进机构3家\r\n（二）\t开展服务\u0007");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertThat(area.getText()).isEqualTo("举措：（一） 建设集聚区\n引进机构3家\n（二） 开展服务");
        assertThat(area.getCaretPosition()).as("the caret after what was pasted").isEqualTo(area.getLength());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(area.getText()).as("undo takes the paste back whole").isEqualTo("举措：");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        robot.write("。");
        String expected = "举措：（一） 建设集聚区\n引进机构3家\n（二） 开展服务。";
        assertThat(area.getText()).isEqualTo(expected);
        closeWindow(robot);
        assertThat(fixture.reopen().entry("1.04").orElseThrow().measures()).isEqualTo(expected);
    }

    @Test
    void ownRowsCanBeDeletedButOfficialRowsCannot(FxRobot robot) throws Exception {
        robot.interact(() -> window.session().addLocalItem(1, "临时工作"));
        ItemModel own = window.session().area(1).items().get(10);
        robot.interact(() -> window.navigator().select(item("1.01")));
        robot.clickOn("编辑").clickOn("删除本单位工作…");
        assertThat(window.session().area(1).items()).hasSize(11);

        robot.interact(() -> window.navigator().select(own));
        robot.clickOn("编辑").clickOn("删除本单位工作…");
        robot.clickOn("删除");
        assertThat(window.session().area(1).items()).hasSize(10).doesNotContain(own);
        closeWindow(robot);
        assertThat(fixture.reopen().entriesOf(1)).hasSize(10).noneMatch(e -> e.item().isLocal());
    }

    @Test
    void ownRowsAreRenamedAndReorderedFromTheKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.session().addLocalItem(4, "甲工作");
            window.session().addLocalItem(4, "乙工作");
        });
        ItemModel second = window.session().area(4).items().get(9);
        clickRow(robot, "乙工作");
        assertThat(window.navigator().selectedItemProperty().get()).isSameAs(second);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        robot.write("乙工作（已改名）");

        assertThat(second.text()).isEqualTo("乙工作（已改名）");
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP).release(KeyCode.UP, KeyCode.SHIFT, KeyCode.ALT);
        assertThat(window.session().area(4).items().get(8)).isSameAs(second);
        // It cannot move above the area's 其他 row.
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP).release(KeyCode.UP, KeyCode.SHIFT, KeyCode.ALT);
        assertThat(window.session().area(4).items().get(8)).isSameAs(second);
        // Tab goes from the measures to the departments.
        robot.clickOn(measures(robot)).write("先写举措").press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(robot.lookup("#department-input").match(Node::isVisible).query().isFocused()).isTrue();
        assertThat(second.measuresProperty().get()).isEqualTo("先写举措");
        closeWindow(robot);
        List<String> own = fixture.reopen().entriesOf(4).stream().filter(e -> e.item().isLocal())
                .map(e -> e.item().text()).toList();
        assertThat(own).containsExactly("乙工作（已改名）", "甲工作");
    }

    @Test
    void theTreesContextMenuIsTheOneOfTheRowRightClicked(FxRobot robot) throws Exception {
        // The very first right-click opens a menu, and it offers what the clicked row allows.
        ContextMenus.rightClick(robot, row(robot, "知识产权智库建设"));
        assertThat(ContextMenus.entries(robot)).containsExactly("在此工作重点下新增本单位工作…", "本单位不涉及");
        robot.clickOn("在此工作重点下新增本单位工作…");
        Label prompt = robot.lookup(".dialog-pane .label").match(n -> "工作内容：".equals(((Label) n).getText()))
                .queryAs(Label.class);
        assertThat(prompt.lookup(".text").getLayoutBounds().getHeight()).as("the prompt on one line")
                .isLessThan(prompt.getFont().getSize() * 2);
        robot.clickOn(".dialog-pane .text-field").write("举办知识产权宣传周活动").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> window.session().area(5).items().size() == 6);
        ItemModel own = window.session().area(5).items().get(5);
        assertThat(own.text()).isEqualTo("举办知识产权宣传周活动");

        ContextMenus.rightClick(robot, row(robot, "举办知识产权宣传周活动"));
        assertThat(ContextMenus.entries(robot)).containsExactly("在此工作重点下新增本单位工作…", "重命名", "上移", "下移", "删除…");
        robot.clickOn("删除…");
        robot.clickOn("删除");
        waitUntil(() -> !window.session().area(5).items().contains(own));

        // An official row right-clicked after it offers no deletion.
        ContextMenus.rightClick(robot, row(robot, "知识产权智库建设"));
        assertThat(ContextMenus.entries(robot)).containsExactly("在此工作重点下新增本单位工作…", "本单位不涉及");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        closeWindow(robot);
        assertThat(fixture.reopen().entriesOf(5)).hasSize(5).noneMatch(e -> e.item().isLocal());
    }

    @Test
    void theDepartmentDictionaryIsEditedInItsDialog(FxRobot robot) throws Exception {
        robot.clickOn("编辑").clickOn("部门词典…");
        robot.clickOn("县委办公室").clickOn("删除");
        robot.clickOn("#dictionary-new").write("县大数据发展管理局").press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("确定");
        assertThat(window.session().departmentNames()).contains("县大数据发展管理局").doesNotContain("县委办公室");
        // The editor offers the new name at once.
        robot.clickOn("#department-input").write("大数据");
        assertThat(robot.lookup("#department-suggestions").match(Node::isVisible).queryListView().getItems())
                .containsExactly("县大数据发展管理局");
        closeWindow(robot);
        try (var ws = org.tianbao.store.Workspace.open(fixture.folder())) {
            assertThat(ws.departments().names()).contains("县大数据发展管理局").doesNotContain("县委办公室");
        }
    }

    @Test
    void aRowShowsItsFullTextAsATooltipOnceHovered(FxRobot robot) throws Exception {
        String text = item("1.03").text();
        TreeCell<?> cell = row(robot, text);
        // Not made at start-up: a tooltip per visible row would be a popup window each.
        assertThat(cell.getTooltip()).isNull();
        robot.moveTo(cell);
        waitUntil(() -> cell.getTooltip() != null);
        assertThat(cell.getTooltip().getText()).isEqualTo(text);
    }

    @Test
    void theWindowCarriesTheAppIconInEverySize(FxRobot robot) throws Exception {
        robot.interact(() -> AppIcon.applyTo(window.stage()));
        List<javafx.scene.image.Image> icons = window.stage().getIcons();
        assertThat(icons).hasSize(AppIcon.SIZES.size());
        waitUntil(() -> icons.stream().allMatch(i -> i.getProgress() >= 1));
        for (int i = 0; i < icons.size(); i++) {
            double size = AppIcon.SIZES.get(i);
            assertThat(icons.get(i).isError()).as("icon of %s px", size).isFalse();
            assertThat(icons.get(i).getWidth()).isEqualTo(size);
            assertThat(icons.get(i).getHeight()).isEqualTo(size);
        }
    }
}
