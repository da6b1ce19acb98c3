package org.tianbao.ui.settings;

import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.refs.DepartmentLevelProposal;
import org.tianbao.ui.Dialogs;

/**
 * Asks whether to rename the department names for the unit's level, showing what changes: the dictionary's
 * names one by one (县财政局 → 区财政局), and how many rules of the 部门对应表 and departments of the form.
 */
final class DepartmentLevelDialog {

    private DepartmentLevelDialog() {
    }

    /** Whether the officer chose to rename. */
    static boolean ask(Window owner, String unitName, DepartmentLevelProposal proposal) {
        String to = proposal.unitLevel().label();
        String from = proposal.change().from().label();
        String example = proposal.renamedNames().isEmpty() ? ""
                : "（如“" + proposal.renamedNames().get(0).getKey() + "”）";
        Label why = new Label("填报单位“" + unitName + "”是" + to + "单位，部门词典和部门对应表中却是" + from
                + "部门名称" + example + "。改为" + to + "名称后，填写责任部门时提示" + to + "名称，参考依据的“添加部门”也添加"
                + to + "部门。");
        why.setWrapText(true);
        ListView<String> names = new ListView<>(FXCollections.observableArrayList(proposal.renamedNames().stream()
                .map(DepartmentLevelDialog::shown).toList()));
        names.setId("level-names");
        names.setFocusTraversable(false);
        names.setPrefHeight(220);
        Label what = new Label(summary(proposal));
        what.setId("level-summary");
        what.setWrapText(true);
        Label later = new Label("修改前会自动备份（文件 → 从备份恢复）。以后也可在 编辑 → 部门名称改为本单位级别 中修改。");
        later.setWrapText(true);
        later.getStyleClass().add("tb-muted");

        ButtonType rename = new ButtonType("改为" + to + "名称", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("暂不修改", ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "部门名称改为" + to + "名称");
        dialog.getDialogPane().setContent(new VBox(10, why, names, what, later));
        dialog.getDialogPane().getButtonTypes().setAll(rename, keep);
        Dialogs.widen(dialog, 560);
        return dialog.showAndWait().filter(rename::equals).isPresent();
    }

    private static String shown(Map.Entry<String, String> renamed) {
        return renamed.getKey() + "　→　" + renamed.getValue();
    }

    static String summary(DepartmentLevelProposal proposal) {
        StringBuilder text = new StringBuilder("将修改：部门词典中 ").append(proposal.renamedNames().size())
                .append(" 个名称，部门对应表中 ").append(proposal.renamedRules()).append(" 条");
        if (proposal.renamedInForm() > 0) {
            text.append("，表格中 ").append(proposal.rowsInForm()).append(" 项工作的 ")
                    .append(proposal.renamedInForm()).append(" 个责任部门");
        }
        text.append("。其他级别的部门名称（如上级部门）和具体举措的文字不变。");
        if (!proposal.keptNames().isEmpty()) {
            text.append("没有对应").append(proposal.unitLevel().label()).append("名称、保持不变的 ")
                    .append(proposal.keptNames().size()).append(" 个：").append(String.join("、", proposal.keptNames()))
                    .append("，可在 编辑 → 部门词典 中修改。");
        }
        return text.toString();
    }
}
