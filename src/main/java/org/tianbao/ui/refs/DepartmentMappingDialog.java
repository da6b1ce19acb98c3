package org.tianbao.ui.refs;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.refs.DepartmentMapping;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.Icons;

/**
 * Edits the mapping from the plans' bodies to county departments: one row per rule, "单位名称包含 →
 * 县级部门", checked from the top; rows can be added, moved, deleted, or the built-in default restored.
 */
final class DepartmentMappingDialog {

    /** The officer's decision. */
    sealed interface Result permits Save, Reset {
    }

    /** Keep this mapping. */
    record Save(DepartmentMapping mapping) implements Result {
    }

    /** Go back to the built-in default. */
    record Reset() implements Result {
    }

    private static final ButtonType RESET = new ButtonType("恢复默认", ButtonBar.ButtonData.LEFT);

    /** One editable rule. */
    private record RuleRow(TextField keyword, ComboBox<String> department) {
        DepartmentMapping.Rule rule() {
            return new DepartmentMapping.Rule(keyword.getText(), department.getEditor().getText());
        }
    }

    private final VBox rows = new VBox(4);
    private final Map<Node, RuleRow> ruleRows = new IdentityHashMap<>();
    private final List<String> dictionary;
    private final Dialog<Result> dialog = new Dialog<>();

    DepartmentMappingDialog(Window owner, DepartmentMapping mapping, List<String> dictionary) {
        this.dictionary = List.copyOf(dictionary);
        rows.setId("mapping-rows");
        mapping.rules().forEach(this::addRow);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 420);
        Button add = new Button("添加一行", Icons.add());
        add.setId("mapping-add");
        add.setOnAction(e -> {
            TextField keyword = addRow(new DepartmentMapping.Rule("", ""));
            keyword.requestFocus();
            scroll.setVvalue(1);
        });
        Label hint = new Label("计划中的责任单位（如“省公安厅”）包含左边的文字时，对应右边的县级部门；从上往下找第一条相符的。"
                + "右边应是部门词典中的名称。");
        hint.setWrapText(true);
        hint.getStyleClass().add("tb-muted");
        VBox content = new VBox(8, scroll, add, hint);
        Dialogs.prepare(dialog, owner, "部门对应表");
        dialog.getDialogPane().setContent(content);
        // Wide enough for the longest county department names in the right-hand column.
        Dialogs.widen(dialog, 720);
        dialog.getDialogPane().getButtonTypes().setAll(RESET, Dialogs.OK, Dialogs.CANCEL);
        dialog.setResultConverter(b -> {
            if (b == Dialogs.OK) {
                return new Save(mapping());
            }
            return b == RESET ? new Reset() : null;
        });
    }

    Optional<Result> showAndWait() {
        return dialog.showAndWait();
    }

    private TextField addRow(DepartmentMapping.Rule rule) {
        TextField keyword = new TextField(rule.keyword());
        keyword.setPromptText("单位名称包含");
        keyword.setPrefColumnCount(12);
        ComboBox<String> department = new ComboBox<>();
        department.getItems().setAll(dictionary);
        department.setEditable(true);
        department.setValue(rule.department().isEmpty() ? null : rule.department());
        department.setPromptText("县级部门");
        department.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(department, Priority.ALWAYS);
        HBox row = new HBox(6, keyword, new Label("→"), department);
        row.setAlignment(Pos.CENTER_LEFT);
        ruleRows.put(row, new RuleRow(keyword, department));
        row.getChildren().addAll(
                tool(Icons.up(), "上移", () -> move(row, -1)),
                tool(Icons.down(), "下移", () -> move(row, 1)),
                tool(Icons.delete(), "删除", () -> rows.getChildren().remove(row)));
        rows.getChildren().add(row);
        return keyword;
    }

    private static Button tool(Node icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void move(HBox row, int delta) {
        int from = rows.getChildren().indexOf(row);
        int to = from + delta;
        if (to >= 0 && to < rows.getChildren().size()) {
            rows.getChildren().remove(from);
            rows.getChildren().add(to, row);
        }
    }

    /** The rules as the rows now say; rows without a keyword or a department are dropped. */
    DepartmentMapping mapping() {
        List<DepartmentMapping.Rule> rules = new ArrayList<>();
        for (Node node : rows.getChildren()) {
            rules.add(ruleRows.get(node).rule());
        }
        return new DepartmentMapping(rules);
    }
}
