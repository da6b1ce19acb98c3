package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThatCode;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DialogsTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        Styles.install();
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aDialogClosedAsSoonAsItIsShownLeavesNothingToFail(FxRobot robot) {
        // The dialog that waits while files are read closes at once when they are read quickly: fitting it
        // on the screen afterwards must not reach for a window it no longer has.
        robot.interact(() -> {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.getDialogPane().getButtonTypes().setAll(Dialogs.CANCEL);
            Dialogs.prepare(dialog, owner, "正在读取 2 个文件…");
            dialog.show();
            dialog.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThatCode(WaitForAsyncUtils::checkException).doesNotThrowAnyException();
    }
}
