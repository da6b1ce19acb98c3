package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** 帮助 → 使用说明: shown in the window, and every menu item it names is there under that name. */
class GuideWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    @Test
    void theGuideIsShownAndNamesOnlyMenuItemsThatExist(FxRobot robot) {
        robot.clickOn("帮助").clickOn("使用说明");
        List<String> headings = robot.lookup("#guide .tb-guide-heading").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(headings).containsExactly("开始", "填写", "整理文字", "导出报送", "导入", "汇总（市、省级）", "备份与数据");
        assertThat(robot.lookup("#guide .tb-guide-point").queryAllAs(Label.class)).hasSizeGreaterThan(10);
        robot.clickOn("确定");

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> items = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getText() != null) {
                    items.add(menu.getText() + " → " + item.getText());
                }
            }
        }
        Matcher named = Pattern.compile("((文件|编辑|转到|视图|帮助) → [^”（：，。/\\s]+)").matcher(String.join("\n",
                GuideDialog.blocks().stream().map(GuideDialog.Block::text).toList()));
        int count = 0;
        while (named.find()) {
            String wanted = named.group(1);
            assertThat(items).as("the guide names “%s”", wanted).anyMatch(i -> i.startsWith(wanted));
            count++;
        }
        assertThat(count).isGreaterThan(10);
    }
}
