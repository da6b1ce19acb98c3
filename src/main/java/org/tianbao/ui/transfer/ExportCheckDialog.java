package org.tianbao.ui.transfer;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.model.EntryStatus;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.edit.ItemModel;

/** Before an export: what is still empty, with 仍然导出 / 转到第一个未完成项 / 取消. */
final class ExportCheckDialog {

    /** The officer's answer. */
    enum Choice { EXPORT, GO_TO_FIRST, CANCEL }

    static final ButtonType EXPORT_ANYWAY = new ButtonType("仍然导出", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType GO_TO_FIRST = new ButtonType("转到第一个未完成项", ButtonBar.ButtonData.OTHER);

    private ExportCheckDialog() {
    }

    static Choice ask(Window owner, List<ItemModel> incomplete) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT_ANYWAY, GO_TO_FIRST, Dialogs.CANCEL);
        Dialogs.prepare(dialog, owner, "还有 " + incomplete.size() + " 项未填写完整");
        ListView<String> list = new ListView<>();
        list.setId("export-incomplete-list");
        incomplete.forEach(item -> list.getItems().add(describe(item)));
        list.setPrefSize(620, 300);
        Label hint = new Label("以下工作内容缺少具体举措或责任部门。可以先导出，之后补充再导出一次。");
        hint.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, hint, list));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() == Dialogs.CANCEL) {
            return Choice.CANCEL;
        }
        return answer.get() == EXPORT_ANYWAY ? Choice.EXPORT : Choice.GO_TO_FIRST;
    }

    static String describe(ItemModel item) {
        String missing;
        if (item.status() == EntryStatus.EMPTY) {
            missing = "未填写";
        } else if (item.measuresProperty().get().isBlank()) {
            missing = "缺具体举措及成果形式";
        } else {
            missing = "缺责任部门";
        }
        return "工作重点 " + item.areaNumber() + "　" + item.text() + "（" + missing + "）";
    }
}
