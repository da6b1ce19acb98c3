package org.tianbao.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** 帮助 → 快捷键: the keys in one column and what they do in the other, each on one line. */
final class ShortcutsDialog {

    /** A key, or keys, and what it does. */
    record Shortcut(String keys, String action) {
    }

    /** Every key of the menus (a test holds them to it), and the keys of the editor's fields. */
    static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Alt+↓ / Alt+↑", "下一项 / 上一项"),
            new Shortcut("Ctrl+J", "下一个未完成项"),
            new Shortcut("Ctrl+F", "搜索；Esc 清除搜索"),
            new Shortcut("Ctrl+Shift+F", "只看未完成"),
            new Shortcut("F6", "回到目录；在目录中按回车开始填写"),
            new Shortcut("↓ / 回车", "责任部门：选择建议的部门 / 添加"),
            new Shortcut("Backspace", "责任部门：输入框为空时删除最后一个部门"),
            new Shortcut("Ctrl+D", "责任部门同上一项（加入上方最近一项的部门）"),
            new Shortcut("Ctrl+H", "查找和替换（如部门改名）"),
            new Shortcut("Ctrl+N", "新增本单位工作"),
            new Shortcut("F2", "重命名本单位工作"),
            new Shortcut("Alt+Shift+↑ / Alt+Shift+↓", "上移 / 下移本单位工作"),
            new Shortcut("Ctrl+S", "立即保存（内容本已随写随存）"),
            new Shortcut("Ctrl+E / Ctrl+I", "导出表格 / 导入表格"),
            new Shortcut("Ctrl+P", "打印（用 Excel 或 WPS 打开打印用的表格）"),
            new Shortcut("Ctrl+Shift+H", "汇总多个单位的表格"),
            new Shortcut("Ctrl+Shift+U", "填报单位信息"),
            new Shortcut("Ctrl+= / Ctrl+- / Ctrl+0", "放大 / 缩小 / 默认字号"),
            new Shortcut("F9", "显示 / 收起参考依据"),
            new Shortcut("F1", "快捷键（本表）"),
            new Shortcut("Ctrl+Q", "退出"));

    static final double SCROLL_BAR_ROOM = 20;

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        GridPane table = new GridPane();
        table.setId("shortcuts");
        table.setHgap(24);
        table.setVgap(6);
        // Room on the right for the scroll bar, which takes its width from the list when it shows.
        table.setPadding(new Insets(0, SCROLL_BAR_ROOM, 0, 0));
        for (int row = 0; row < SHORTCUTS.size(); row++) {
            Shortcut s = SHORTCUTS.get(row);
            Label keys = oneLine(s.keys());
            keys.getStyleClass().add("tb-keys");
            table.addRow(row, keys, oneLine(s.action()));
        }
        // At the largest text size the list is taller than a laptop's screen: it scrolls, and the dialog's
        // button stays on the screen (at other sizes the pane is as tall as the list, with no scroll bar).
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(Region.USE_PREF_SIZE); // as wide as the list: the theme would cap the dialog at 600 px
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", Dialogs.OK);
        alert.getDialogPane().setContent(scroll);
        Dialogs.prepare(alert, owner, "快捷键");
        alert.showAndWait();
    }

    private static Label oneLine(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
