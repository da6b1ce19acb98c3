package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.tianbao.model.FilledForm;
import org.tianbao.store.Workspace;

/** 规范标点 in the real window: half-width punctuation made full-width across the form, taken back, stored. */
class PunctuationWindowTest extends WindowTestBase {

    private static final String PASTED = "整合专利,商标政策;形成一个窗口.";
    private static final String FIXED = "整合专利，商标政策；形成一个窗口。";

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    @Test
    void punctuationIsMadeChineseAcrossTheFormTakenBackAndStored(FxRobot robot) throws Exception {
        robot.interact(() -> {
            item("1.03").measuresProperty().set(PASTED);
            item("2.03").measuresProperty().set("开展执法行动 3 次，发放资料1,000份");
            item("2.03").departments().setAll("县市场监督管理局(知识产权局)");
        });
        assertThat(fixture.awaitSaved()).isTrue();
        robot.clickOn("编辑").clickOn("规范标点…");
        ListView<?> list = robot.lookup("#punctuation-changes").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getItem() != null)
                .<ListCell<?>>queryAll().stream().map(ListCell::getText).toList())
                .contains("1 · 梳理整合专利、商标和地理标志政策、项目和平台　（3 处）");
        assertThat(robot.lookup("#punctuation-summary").queryAs(Label.class).getText()).isEqualTo("2 项中共有 5 处需要规范。");
        assertThat(robot.lookup("#punctuation-before").queryAs(TextArea.class).getText()).isEqualTo(PASTED);
        assertThat(robot.lookup("#punctuation-after").queryAs(TextArea.class).getText()).isEqualTo(FIXED);

        robot.clickOn("#punctuation-apply");
        assertThat(item("1.03").measuresProperty().get()).isEqualTo(FIXED);
        assertThat(item("2.03").measuresProperty().get()).isEqualTo("开展执法行动 3 次，发放资料1,000份");
        assertThat(item("2.03").departments()).containsExactly("县市场监督管理局（知识产权局）");
        assertThat(fixture.window().session().departmentNames()).doesNotContain("县市场监督管理局(知识产权局)");
        assertThat(list.getItems()).isEmpty();

        robot.clickOn("#punctuation-undo");
        assertThat(item("1.03").measuresProperty().get()).isEqualTo(PASTED);
        assertThat(item("2.03").departments()).containsExactly("县市场监督管理局(知识产权局)");
        assertThat(robot.lookup("#punctuation-undo").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#punctuation-apply");
        robot.clickOn("关闭");

        closeWindow(robot);
        FilledForm stored = fixture.reopen();
        assertThat(stored.entry("1.03").orElseThrow().measures()).isEqualTo(FIXED);
        assertThat(stored.entry("2.03").orElseThrow().departments()).containsExactly("县市场监督管理局（知识产权局）");
        try (Workspace ws = Workspace.open(fixture.folder())) {
            assertThat(ws.departments().names()).contains("县市场监督管理局（知识产权局）")
                    .doesNotContain("县市场监督管理局(知识产权局)");
        }
    }
}
