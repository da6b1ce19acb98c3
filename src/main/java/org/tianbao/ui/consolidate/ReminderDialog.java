package org.tianbao.ui.consolidate;

import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.ui.Dialogs;

/**
 * 催报通知: the reminder written from a 汇总 (who owes a return, who left rows empty, and if the consolidator
 * ticks it, whose rows repeat one paragraph), to edit and copy into a message to the units.
 */
final class ReminderDialog {

    static final ButtonType COPY = new ButtonType("复制并关闭", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CLOSE = new ButtonType("关闭", ButtonBar.ButtonData.CANCEL_CLOSE);

    private ReminderDialog() {
    }

    /**
     * Shows the reminder; 复制并关闭 puts the text, as edited, on the clipboard.
     *
     * @param reminder       the reminder, with or without the part on repeated measures
     * @param repeatingUnits how many units that part would name; with none, it is not offered
     */
    static void show(Window owner, Function<Boolean, String> reminder, int repeatingUnits) {
        TextArea text = new TextArea(reminder.apply(false));
        text.setId("reminder-text");
        text.setWrapText(true);
        text.setPrefSize(560, 320);
        Label hint = new Label("按这次汇总写成，可先修改，再复制到微信、短信或通知中发给各单位。");
        hint.setWrapText(true);
        hint.getStyleClass().add("tb-muted");
        VBox content = new VBox(8, hint, text);
        if (repeatingUnits > 0) {
            CheckBox repeats = new CheckBox("同时提醒有的工作内容具体举措与其他项一字不差的单位（" + repeatingUnits + " 个）");
            repeats.setId("reminder-repeats");
            repeats.setWrapText(true);
            // Written anew: what was typed into the text before is replaced.
            repeats.selectedProperty().addListener((obs, was, now) -> text.setText(reminder.apply(now)));
            content.getChildren().add(1, repeats);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "催报通知");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(COPY, CLOSE);
        Dialogs.widen(dialog, 640);
        dialog.showAndWait().filter(COPY::equals).ifPresent(b -> {
            ClipboardContent copied = new ClipboardContent();
            copied.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(copied);
        });
    }
}
