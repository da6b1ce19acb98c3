package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import javafx.scene.control.Label;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.store.Workspace;

/**
 * 部门名称改为本单位级别 in the real window: a district sets its unit and is offered its own names for the default
 * county ones; declined, it changes nothing; from the 编辑 menu it renames dictionary, 部门对应表 and the form's
 * departments, which a reopen finds.
 */
class DepartmentLevelWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    @Test
    void aDistrictsUnitIsOfferedItsOwnNamesWhichAreSavedWithTheForm(FxRobot robot) throws Exception {
        robot.interact(() -> item("1.01").departments().setAll("县财政局", "市科技局"));
        assertThat(fixture.awaitSaved()).isTrue();

        setUnit(robot, "白云区市场监督管理局");
        // The default's 44 county names (not 各乡镇人民政府, nor 市科技局, a superior's), all 50 rules.
        assertThat(robot.lookup("#level-summary").queryAs(Label.class).getText()).isEqualTo("将修改：部门词典中 "
                + "44 个名称，部门对应表中 50 条，表格中 1 项工作的 1 个责任部门。其他级别的部门名称（如上级部门）和具体举措的文字不变。");
        assertThat(robot.lookup("#level-names").<ListView<String>>query().getItems()).contains("县财政局　→　区财政局");
        robot.clickOn("改为区级名称");

        assertThat(robot.lookup("#level-summary").tryQuery()).isEmpty();
        assertThat(item("1.01").departments()).containsExactly("区财政局", "市科技局");
        assertThat(fixture.window().session().departmentNames()).contains("区财政局", "区委办公室").doesNotContain("县财政局");
        assertThat(fixture.window().references().departmentMapping().departmentFor("财政部")).contains("区财政局");
        // Nothing left to offer: the menu says so.
        robot.clickOn("编辑").clickOn("部门名称改为本单位级别…");
        assertThat(robot.lookup("部门名称已是区级名称").tryQuery()).isPresent();
        robot.clickOn("确定");

        closeWindow(robot);
        FilledForm stored = fixture.reopen();
        assertThat(stored.unit().unitName()).isEqualTo("白云区市场监督管理局");
        assertThat(stored.entry("1.01").orElseThrow().departments()).containsExactly("区财政局", "市科技局");
        try (Workspace ws = Workspace.open(fixture.folder())) {
            assertThat(ws.departments().names()).contains("区财政局").doesNotContain("县财政局");
            assertThat(ws.departmentMapping().load().departmentFor("公安部")).contains("区公安局");
        }
    }

    @Test
    void declinedTheNamesStayAndTheMenuOffersThemAgain(FxRobot robot) throws Exception {
        setUnit(robot, "清镇市市场监督管理局");
        robot.clickOn("暂不修改");
        assertThat(fixture.window().session().departmentNames()).contains("县财政局").doesNotContain("市财政局");
        // The same level again (a corrected name): not asked again.
        setUnit(robot, "清镇市知识产权局");
        assertThat(robot.lookup("#level-summary").tryQuery()).isEmpty();

        robot.clickOn("编辑").clickOn("部门名称改为本单位级别…");
        robot.clickOn("改为市级名称");
        assertThat(fixture.window().session().departmentNames()).contains("市财政局", "共青团市委", "人民银行市支行")
                .doesNotContain("县财政局");
        closeWindow(robot);
        try (Workspace ws = Workspace.open(fixture.folder())) {
            assertThat(ws.departments().names()).contains("市财政局").doesNotContain("县财政局");
            assertThat(ws.departmentMapping().load().departmentFor("财政部")).contains("市财政局");
        }
    }

    @Test
    void aCountyIsNotAskedAndTheMenuSaysWhy(FxRobot robot) {
        robot.clickOn("编辑").clickOn("部门名称改为本单位级别…");
        assertThat(robot.lookup("还没有填写填报单位").tryQuery()).isPresent();
        robot.clickOn("确定");
        setUnit(robot, "开阳县市场监督管理局");
        assertThat(robot.lookup("#level-summary").tryQuery()).isEmpty();
        robot.clickOn("编辑").clickOn("部门名称改为本单位级别…");
        assertThat(robot.lookup("部门名称已是县级名称").tryQuery()).isPresent();
        robot.clickOn("确定");
    }

    @Test
    void aProvinceIsOfferedItsOwnNamesAndToldWhichStay(FxRobot robot) throws Exception {
        setUnit(robot, "贵州省知识产权局");
        assertThat(robot.lookup("#level-names").<ListView<String>>query().getItems())
                .contains("县财政局　→　省财政厅", "县市场监督管理局（知识产权局）　→　省知识产权局");
        assertThat(robot.lookup("#level-summary").queryAs(Label.class).getText()).isEqualTo("将修改：部门词典中 "
                + "42 个名称，部门对应表中 48 条。其他级别的部门名称（如上级部门）和具体举措的文字不变。"
                + "没有对应省级名称、保持不变的 2 个：人民银行县支行、县融媒体中心，可在 编辑 → 部门词典 中修改。");
        robot.clickOn("改为省级名称");
        assertThat(fixture.window().session().departmentNames()).contains("省财政厅", "省知识产权局", "人民银行县支行")
                .doesNotContain("县财政局");
        assertThat(fixture.window().references().departmentMapping().departmentFor("国家知识产权局"))
                .contains("省知识产权局");
        closeWindow(robot);
        try (Workspace ws = Workspace.open(fixture.folder())) {
            assertThat(ws.departments().names()).contains("省科技厅").doesNotContain("县科技局");
        }
    }

    @Test
    void aUnitThatCameFromAFileIsOfferedTheChangeInABannerUntilAnswered(FxRobot robot) throws Exception {
        // An import (or the command line) sets the unit without its dialog; the window is rebuilt after an import.
        robot.interact(() -> fixture.window().session().updateUnit(new UnitInfo("白云区市场监督管理局", "", "")));
        assertThat(fixture.awaitSaved()).isTrue();
        robot.interact(() -> fixture.window().reload());
        fixture.awaitComplete();
        assertThat(robot.lookup("#level-banner").queryAs(HBox.class).isVisible()).isTrue();
        Label sentence = robot.lookup("#level-banner .label").queryAs(Label.class);
        assertThat(sentence.getText()).isEqualTo("本单位是区级单位，部门词典中却是县级部门名称：可改为区级名称。");
        // At the largest text size the buttons keep their words and the sentence wraps, whole.
        for (int i = 0; i < TextSize.STEPS.size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#level-banner-rename", "#level-banner-never")) {
            Labeled button = robot.lookup(id).queryAs(Labeled.class);
            assertThat(((Text) button.lookup(".text")).getText()).as(id).isEqualTo(button.getText());
        }
        assertThat(sentence.lookupAll(".text").stream().map(n -> ((Text) n).getText()).reduce("", String::concat))
                .isEqualTo(sentence.getText());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        robot.clickOn("不再提示");
        assertThat(robot.lookup("#level-banner").tryQuery()).isEmpty();
        assertThat(fixture.awaitSaved()).isTrue();
        robot.interact(() -> fixture.window().reload());
        fixture.awaitComplete();
        assertThat(robot.lookup("#level-banner").tryQuery()).as("declined for 区: not offered again").isEmpty();

        // Another level is offered again; from the banner, the change itself.
        robot.interact(() -> fixture.window().session().updateUnit(new UnitInfo("清镇市市场监督管理局", "", "")));
        robot.interact(() -> fixture.window().reload());
        fixture.awaitComplete();
        robot.clickOn("#level-banner-rename");
        robot.clickOn("改为市级名称");
        assertThat(robot.lookup("#level-banner").tryQuery()).isEmpty();
        assertThat(fixture.window().session().departmentNames()).contains("市财政局").doesNotContain("县财政局");
        robot.interact(() -> fixture.window().reload());
        fixture.awaitComplete();
        assertThat(robot.lookup("#level-banner").tryQuery()).isEmpty();
    }

    private static void setUnit(FxRobot robot, String name) {
        robot.clickOn("文件").clickOn("填报单位信息…");
        robot.clickOn("#unit-name");
        robot.interact(() -> robot.lookup("#unit-name").queryAs(TextField.class).clear());
        robot.write(name);
        robot.clickOn("确定");
    }
}
