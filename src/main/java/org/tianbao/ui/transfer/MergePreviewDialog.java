package org.tianbao.ui.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.tianbao.model.Departments;
import org.tianbao.transfer.MergePlan;
import org.tianbao.ui.Dialogs;

/** Shows what merging the departments' files adds, row by row and file by file, before anything changes. */
final class MergePreviewDialog {

    static final ButtonType MERGE = new ButtonType("合并", ButtonBar.ButtonData.OK_DONE);

    private MergePreviewDialog() {
    }

    /**
     * @return the changes the officer chose to merge (every one, unless some were unticked), or empty when
     *         the officer cancelled
     */
    static Optional<List<MergePlan.Change>> choose(Window owner, MergePlan plan) {
        Map<MergePlan.Change, BooleanProperty> chosen = new LinkedHashMap<>();
        plan.changes().forEach(c -> chosen.put(c, new SimpleBooleanProperty(true)));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().getButtonTypes().setAll(MERGE, Dialogs.CANCEL);
        Dialogs.prepare(dialog, owner, "合并 " + plan.read().size() + " 个文件：" + plan.summary());
        VBox content = new VBox(8);
        Label how = new Label("合并只增加内容：空的项填入各部门写的内容；已有内容的项在后面补充新的段落（已有的段落不重复，"
                + "在草稿上续写的段落替换草稿原文），责任部门依次加在后面。不删除、不替换已有的内容；"
                + "发出草稿后本单位改过、删过的内容不会再回来。同一件事两种写法都会保留，请合并后核对。");
        how.setWrapText(true);
        content.getChildren().add(how);
        String problems = problems(plan);
        if (!problems.isEmpty()) {
            Label warning = new Label(problems);
            warning.setId("merge-problems");
            warning.setWrapText(true);
            warning.getStyleClass().add("tb-warning");
            content.getChildren().add(warning);
        }
        content.getChildren().add(ImportPreviewDialog.fitToTextSize(table(plan, chosen), owner, 3));
        Label count = new Label();
        count.setId("merge-chosen");
        content.getChildren().add(count);
        if (!plan.filesAddingNothing().isEmpty()) {
            Label nothing = new Label("没有新内容的文件：" + plan.shortNames(plan.filesAddingNothing()));
            nothing.setId("merge-nothing-new");
            nothing.setWrapText(true);
            nothing.getStyleClass().add("tb-muted");
            content.getChildren().add(nothing);
        }
        Label after = new Label("合并前会自动备份当前数据；合并后可从“文件 → 从备份恢复”撤回。填报单位和联系人不变。");
        after.getStyleClass().add("tb-muted");
        after.setWrapText(true);
        content.getChildren().add(after);
        dialog.getDialogPane().setContent(content);
        Dialogs.widen(dialog, 1020);
        // Unticking a row leaves it as it is; the button says how many rows will change.
        Node mergeButton = dialog.getDialogPane().lookupButton(MERGE);
        Runnable recount = () -> {
            long n = chosen.values().stream().filter(BooleanProperty::get).count();
            count.setText(n == chosen.size() ? "全部 " + n + " 项都将合并；不想合并的项，取消其前面的勾选。"
                    : "将合并所选的 " + n + " 项，另外 " + (chosen.size() - n) + " 项保持不变。");
            mergeButton.setDisable(n == 0);
        };
        chosen.values().forEach(p -> p.addListener((obs, was, is) -> recount.run()));
        recount.run();
        if (dialog.showAndWait().filter(b -> b == MERGE).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(chosen.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList());
    }

    /** What the officer is told when the files hold nothing the form does not already have. */
    static String nothingNew(MergePlan plan) {
        String problems = problems(plan);
        return "所选的 " + plan.read().size() + " 个文件中没有当前数据里还没有的内容，数据没有改变。"
                + (problems.isEmpty() ? "" : "\n\n" + problems);
    }

    /** Files that could not be read (each with its reason) and what the reader had to interpret. */
    private static String problems(MergePlan plan) {
        List<String> lines = new ArrayList<>();
        if (!plan.unread().isEmpty()) {
            lines.add("以下 " + plan.unread().size() + " 个文件无法读取，没有合并：");
            plan.unread().forEach(u -> lines.add("· " + u.reason()));
        }
        plan.read().forEach(r -> r.notes().forEach(note -> lines.add("请核对：“" + r.file().getFileName() + "”" + note)));
        return String.join("\n", lines);
    }

    private static TableView<MergePlan.Change> table(MergePlan plan, Map<MergePlan.Change, BooleanProperty> chosen) {
        TableView<MergePlan.Change> table = new TableView<>();
        table.setId("merge-changes");
        table.setEditable(true);
        TableColumn<MergePlan.Change, Boolean> merge = new TableColumn<>("合并");
        merge.setPrefWidth(52);
        merge.setCellValueFactory(cell -> chosen.get(cell.getValue()));
        merge.setCellFactory(CheckBoxTableCell.forTableColumn(merge));
        merge.setEditable(true);
        table.getColumns().add(merge);
        table.getColumns().add(ImportPreviewDialog.column("变化", 56, c -> c.kind().label()));
        table.getColumns().add(ImportPreviewDialog.column("编号", 56, c -> c.item().isLocal() ? "本单位" : c.item().id()));
        table.getColumns().add(wrapping(ImportPreviewDialog.column("工作内容", 190, c -> c.item().text())));
        table.getColumns().add(wrapping(ImportPreviewDialog.column("来自", 130,
                c -> String.join("\n", c.sources().stream().map(plan::shortName).toList()))));
        table.getColumns().add(wrapping(ImportPreviewDialog.column("具体举措及成果形式（合并后）", 360,
                c -> c.after().measures())));
        table.getColumns().add(wrapping(ImportPreviewDialog.column("责任部门（合并后）", 160,
                c -> Departments.join(c.after().departments()))));
        table.getItems().setAll(plan.changes());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(380);
        return table;
    }

    /**
     * Shows a column's text whole, wrapped over as many lines as it needs: the officer reviews the merged
     * measures here, where two wordings of one thing stand one above the other.
     */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("tb-wrapped-cell");
                getStyleClass().add("tb-wrapping");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }
}
