package org.tianbao.ui.transfer;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.tianbao.ui.Dialogs;

/** After an export: where the file is, with 打开文件 / 打开所在文件夹. */
public final class ExportDoneDialog {

    static final ButtonType OPEN = new ButtonType("打开文件", ButtonBar.ButtonData.OTHER);
    static final ButtonType REVEAL = new ButtonType("打开所在文件夹", ButtonBar.ButtonData.OTHER);

    private ExportDoneDialog() {
    }

    /**
     * @param open   opens the file with the system's spreadsheet program
     * @param reveal shows the file in its folder
     */
    public static void show(Window owner, Path file, Consumer<Path> open, Consumer<Path> reveal) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "已导出“" + file.toAbsolutePath() + "”。可以打印，或作为附件发送。",
                OPEN, REVEAL, Dialogs.OK);
        Dialogs.prepare(alert, owner, "导出完成");
        alert.showAndWait().ifPresent(answer -> {
            if (answer == OPEN) {
                open.accept(file);
            } else if (answer == REVEAL) {
                reveal.accept(file);
            }
        });
    }
}
