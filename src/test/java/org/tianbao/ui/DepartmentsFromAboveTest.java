package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.model.FilledForm;

/** 同上一项: a row takes the departments of the nearest row above that names any (Ctrl+D, as Excel fills down). */
class DepartmentsFromAboveTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    @Test
    void ctrlDAndTheLinkCopyTheDepartmentsOfTheRowAbove(FxRobot robot) throws Exception {
        robot.interact(() -> {
            item("1.02").departments().setAll("县科技局", "县财政局");
            item("1.05").departments().setAll("县公安局");
            fixture.window().navigator().select(item("1.04"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // 1.03 names none: 1.04 takes 1.02's, the same one leading; typing in the measures, Ctrl+D.
        robot.clickOn(robot.lookup("#measures").match(Node::isVisible).queryAs(TextArea.class)).write("举措");
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        assertThat(item("1.04").departments()).containsExactly("县科技局", "县财政局");
        assertThat(item("1.04").measuresProperty().get()).isEqualTo("举措");

        // 1.05 keeps its own first and gains the others; then there is nothing left to add.
        robot.interact(() -> fixture.window().navigator().select(item("1.05")));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink link = robot.lookup("#departments-from-above").match(Node::isVisible).queryAs(Hyperlink.class);
        assertThat(link.isDisabled()).isFalse();
        robot.clickOn(link);
        assertThat(item("1.05").departments()).containsExactly("县公安局", "县科技局", "县财政局");
        assertThat(link.isDisabled()).isTrue();

        // The first row has none above it.
        robot.interact(() -> fixture.window().navigator().select(item("1.01")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        assertThat(item("1.01").departments()).isEmpty();

        closeWindow(robot);
        FilledForm stored = fixture.reopen();
        assertThat(stored.entry("1.04").orElseThrow().departments()).containsExactly("县科技局", "县财政局");
        assertThat(stored.entry("1.05").orElseThrow().departments()).containsExactly("县公安局", "县科技局", "县财政局");
    }
}
