package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;

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

    @Test
    void aboutNamesTheDataFolderAndOpensIt(FxRobot robot) {
        Path folder = Path.of("C:/Users/张三/AppData/Local/Tianbao");
        List<Path> opened = new CopyOnWriteArrayList<>();
        Platform.runLater(() -> AboutDialog.show(owner, folder, opened::add));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("数据文件夹：" + folder, "logs 是日志文件，backups 是自动备份");
        robot.clickOn("打开数据文件夹");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(folder);
    }
}
