package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.model.EntryStatus;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.ui.edit.ItemModel;

/** 本单位不涉及: an attachment's row that does not concern the county is answered, not left unfinished. */
class NotApplicableWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> fixture.window().navigator().select(item(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Hyperlink link(FxRobot robot) {
        return robot.lookup("#not-applicable").match(Node::isVisible).queryAs(Hyperlink.class);
    }

    /** Whether a tree cell shows the row (cells hold the navigator's own node, which names its row). */
    private boolean shows(TreeCell<?> cell, String id) {
        return cell.getItem() != null && String.valueOf(cell.getItem()).equals("Item[item=" + item(id).text() + "]");
    }

    /** The tree's row of a work item, scrolled into view. */
    private TreeCell<?> row(FxRobot robot, String id) {
        robot.interact(() -> {
            TreeView<?> tree = fixture.window().navigator().tree();
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                if (String.valueOf(tree.getTreeItem(row).getValue()).equals("Item[item=" + item(id).text() + "]")) {
                    tree.scrollTo(Math.max(0, row - 2));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tb-nav-cell").match((TreeCell<?> c) -> shows(c, id)).query();
    }

    @Test
    void aRowMarkedNotApplicableCountsAsAnsweredAndIsSaved(FxRobot robot) throws Exception {
        select(robot, "2.03");
        // At the default text size the field is tall: the link sits in its bottom-right corner.
        Node measures = robot.lookup("#measures").match(Node::isVisible).query();
        Bounds field = measures.localToScene(measures.getLayoutBounds());
        Bounds corner = link(robot).localToScene(link(robot).getLayoutBounds());
        assertThat(field.contains(corner)).as("%s inside %s", corner, field).isTrue();
        assertThat(corner.getMaxX()).isGreaterThan(field.getMaxX() - 40);
        robot.clickOn(link(robot));
        assertThat(item("2.03").measuresProperty().get()).isEqualTo("不涉及");
        assertThat(item("2.03").status()).isEqualTo(EntryStatus.NOT_APPLICABLE);
        assertThat(row(robot, "2.03").lookup(".status-not_applicable")).isNotNull();
        assertThat(robot.lookup("#overall-progress").queryAs(Label.class).getText()).isEqualTo("已完成 1/69");
        assertThat(fixture.window().session().area(2).progressTextBinding().get()).isEqualTo("1/11");

        // The link takes the mark back, and marks again; it is gone once measures are written.
        assertThat(link(robot).getText()).isEqualTo("取消不涉及");
        robot.clickOn(link(robot));
        assertThat(item("2.03").measuresProperty().get()).isEmpty();
        assertThat(link(robot).getText()).isEqualTo("本单位不涉及");
        robot.clickOn(link(robot));
        select(robot, "2.04");
        robot.clickOn(robot.lookup("#measures").match(Node::isVisible).queryAs(TextArea.class)).write("开展专项行动");
        assertThat(robot.lookup("#not-applicable").match(Node::isVisible).tryQuery()).isEmpty();

        // From the tree's context menu, on a row not shown in the editor.
        ContextMenus.rightClick(robot, row(robot, "1.07"));
        assertThat(ContextMenus.entries(robot)).containsExactly("在此工作重点下新增本单位工作…", "本单位不涉及");
        robot.clickOn("本单位不涉及");
        assertThat(item("1.07").status()).isEqualTo(EntryStatus.NOT_APPLICABLE);

        // 只看未完成 hides them (once the officer has moved on: the row selected stays); the export check
        // does not list them.
        select(robot, "2.04");
        robot.clickOn("#only-incomplete");
        assertThat(robot.lookup(".tb-nav-cell").match((TreeCell<?> c) -> shows(c, "2.03") || shows(c, "1.07"))
                .tryQuery()).isEmpty();
        robot.clickOn("#only-incomplete");
        robot.interact(() -> fixture.window().session().updateUnit(new UnitInfo("某县市场监督管理局", "", "")));
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(dir.resolve("never.xlsx"))));
        robot.clickOn("#export-button");
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText()).isEqualTo("还有 67 项未填写完整");
        ListView<?> list = robot.lookup("#export-incomplete-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(i -> ((ItemModel) i).id()).doesNotContain("2.03", "1.07").contains("2.04");
        robot.clickOn("取消");

        closeWindow(robot);
        FilledForm stored = fixture.reopen();
        assertThat(stored.entry("2.03").orElseThrow().measures()).isEqualTo("不涉及");
        assertThat(stored.notApplicableItems()).containsExactly("1.07", "2.03");
        assertThat(stored.incompleteEntries()).hasSize(67);
    }
}
