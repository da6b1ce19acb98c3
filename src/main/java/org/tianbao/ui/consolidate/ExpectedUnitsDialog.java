package org.tianbao.ui.consolidate;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.consolidate.ExpectedUnits;
import org.tianbao.ui.Dialogs;

/**
 * Edits the list of units that owe a return (应报单位): one name a line, pasted as a column from a sheet
 * or typed. Empty: the consolidation does not check who is missing.
 */
final class ExpectedUnitsDialog {

    private ExpectedUnitsDialog() {
    }

    /** The edited list as text, or empty when cancelled. */
    static Optional<String> edit(Window owner, String current) {
        TextArea names = new TextArea(current);
        names.setId("expected-units");
        names.setPromptText("例如：\n黔东县\n黔西县市场监督管理局\n……");
        names.setPrefSize(460, 360);
        Label count = new Label();
        count.getStyleClass().add("tb-muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> "共 " + ExpectedUnits.parse(names.getText()).size() + " 个单位", names.textProperty()));
        Label hint = new Label("每行一个单位名称，可从表格中整列复制粘贴。汇总时列出其中没有报来文件的单位；"
                + "名称写“黔东县”也能对上“黔东县市场监督管理局”的文件。清空则不检查。");
        hint.setWrapText(true);
        hint.getStyleClass().add("tb-muted");
        VBox content = new VBox(8, hint, names, count);

        Dialog<String> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "应报单位名单");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        Dialogs.widen(dialog, 560);
        dialog.setResultConverter(b -> b == Dialogs.OK ? String.join("\n", ExpectedUnits.parse(names.getText())) : null);
        Platform.runLater(names::requestFocus);
        return dialog.showAndWait();
    }
}
