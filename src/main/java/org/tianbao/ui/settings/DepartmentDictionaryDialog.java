package org.tianbao.ui.settings;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.model.Departments;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.Icons;

/** Edits the department dictionary: add, rename (double-click), delete, reorder. */
public final class DepartmentDictionaryDialog {

    private DepartmentDictionaryDialog() {
    }

    public static Optional<List<String>> edit(Window owner, List<String> names) {
        ObservableList<String> items = FXCollections.observableArrayList(names);
        ListView<String> list = new ListView<>(items);
        list.setId("dictionary-list");
        list.setEditable(true);
        list.setCellFactory(TextFieldListCell.forListView());
        list.setOnEditCommit(e -> {
            String name = Departments.normalizeName(e.getNewValue());
            if (!name.isEmpty() && !items.contains(name)) {
                items.set(e.getIndex(), name);
            }
        });
        list.setPrefSize(420, 420);

        TextField newName = new TextField();
        newName.setId("dictionary-new");
        newName.setPromptText("新部门名称");
        Button add = new Button("添加", Icons.add());
        Runnable addAction = () -> {
            String name = Departments.normalizeName(newName.getText());
            if (!name.isEmpty() && !items.contains(name)) {
                items.add(name);
                list.scrollTo(items.size() - 1);
            }
            newName.clear();
        };
        add.setOnAction(e -> addAction.run());
        newName.setOnAction(e -> addAction.run());
        HBox.setHgrow(newName, Priority.ALWAYS);
        HBox addRow = new HBox(6, newName, add);

        Button up = new Button("上移", Icons.up());
        Button down = new Button("下移", Icons.down());
        Button delete = new Button("删除", Icons.delete());
        up.setOnAction(e -> move(list, -1));
        down.setOnAction(e -> move(list, 1));
        delete.setOnAction(e -> deleteSelected(list));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected(list);
            }
        });
        for (Button b : List.of(up, down, delete)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            b.setMaxWidth(Double.MAX_VALUE);
        }
        VBox side = new VBox(6, up, down, delete);
        side.setAlignment(Pos.TOP_CENTER);
        HBox body = new HBox(8, list, side);
        HBox.setHgrow(list, Priority.ALWAYS);
        Label hint = new Label("责任部门输入框按此顺序提示部门名称。双击可修改名称。已填写在表格中的部门不受影响。");
        hint.setWrapText(true);
        hint.getStyleClass().add("tb-muted");
        VBox content = new VBox(8, body, addRow, hint);

        Dialog<List<String>> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "部门词典");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        Dialogs.widen(dialog, 600);
        dialog.setResultConverter(b -> b == Dialogs.OK ? List.copyOf(items) : null);
        return dialog.showAndWait();
    }

    private static void move(ListView<String> list, int delta) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + delta;
        if (from < 0 || to < 0 || to >= list.getItems().size()) {
            return;
        }
        String name = list.getItems().remove(from);
        list.getItems().add(to, name);
        list.getSelectionModel().select(to);
    }

    private static void deleteSelected(ListView<String> list) {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            list.getItems().remove(index);
        }
    }
}
