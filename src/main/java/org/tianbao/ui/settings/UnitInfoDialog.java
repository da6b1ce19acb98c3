package org.tianbao.ui.settings;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.tianbao.model.UnitInfo;
import org.tianbao.ui.Dialogs;

/** Edits 填报单位, 填报人 and 联系电话, which head the exported form. */
public final class UnitInfoDialog {

    private UnitInfoDialog() {
    }

    public static Optional<UnitInfo> edit(Window owner, UnitInfo current) {
        Dialog<UnitInfo> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "填报单位信息");
        TextField unit = field("unit-name", current.unitName(), 200, "如：××县市场监督管理局");
        TextField reporter = field("reporter", current.reporter(), 100, "填表人姓名");
        TextField phone = field("phone", current.phone(), 100, "如：0851-12345678");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, fieldName("填报单位"), unit);
        grid.addRow(1, fieldName("填报人"), reporter);
        grid.addRow(2, fieldName("联系电话"), phone);
        Label hint = new Label("填报单位会显示在窗口标题和导出的表格中。");
        hint.getStyleClass().add("tb-muted");
        hint.setWrapText(true);
        grid.add(hint, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        Dialogs.widen(dialog, 540);
        dialog.setResultConverter(b -> b == Dialogs.OK
                ? new UnitInfo(unit.getText(), reporter.getText(), phone.getText()) : null);
        // A field with a TextFormatter keeps Escape to itself (JavaFX's TextFieldBehavior consumes it),
        // so the 取消 button would never hear it: Escape is handed to 取消 before the fields see it.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                ((Button) dialog.getDialogPane().lookupButton(Dialogs.CANCEL)).fire();
            }
        });
        Platform.runLater(unit::requestFocus);
        return dialog.showAndWait();
    }

    private static Label fieldName(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String value, int maxLength, String prompt) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(28);
        field.setPromptText(prompt);
        UnaryOperator<TextFormatter.Change> limit = c -> c.getControlNewText().length() <= maxLength ? c : null;
        field.setTextFormatter(new TextFormatter<>(limit));
        return field;
    }
}
