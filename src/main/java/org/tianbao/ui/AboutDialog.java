package org.tianbao.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.tianbao.app.AppInfo;

/**
 * 帮助 → 关于填报通: the version and the data folder, with a button that opens it. Whoever helps an officer
 * (a colleague, the city's IT staff) asks for the log file or a backup, and the folder is hidden under
 * AppData on Windows.
 */
final class AboutDialog {

    static final ButtonType OPEN_FOLDER = new ButtonType("打开数据文件夹", ButtonBar.ButtonData.OTHER);

    private AboutDialog() {
    }

    /** @param openFolder shows the folder in the system's file manager */
    static void show(Window owner, Path dataFolder, Consumer<Path> openFolder) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, AppInfo.NAME + " " + AppInfo.version()
                + "\n填写、导出和汇总《2019年地方知识产权战略实施工作要点表》。\n数据文件夹：" + dataFolder
                + "\n其中 logs 是日志文件，backups 是自动备份，print 是打印用的副本；需要时可发给帮助您的同事。", OPEN_FOLDER, Dialogs.OK);
        Dialogs.prepare(alert, owner, "关于填报通");
        Dialogs.widen(alert, 440);
        alert.showAndWait().filter(OPEN_FOLDER::equals).ifPresent(b -> openFolder.accept(dataFolder));
    }
}
