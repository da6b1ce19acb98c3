package org.tianbao.ui.transfer;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.transfer.ImportPlan;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.TextSize;

/** Shows what an import will change (new, changed, removed rows) before anything changes. */
final class ImportPreviewDialog {

    static final ButtonType IMPORT = new ButtonType("导入", ButtonBar.ButtonData.OK_DONE);

    private ImportPreviewDialog() {
    }

    /** @return whether the officer chose to import */
    static boolean confirm(Window owner, ImportPlan plan) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().getButtonTypes().setAll(IMPORT, Dialogs.CANCEL);
        Dialogs.prepare(dialog, owner, "导入“" + plan.source().file().getFileName() + "”：" + plan.summary());
        VBox content = new VBox(8);
        Label unit = new Label("填报单位：" + plan.result().unit().unitName()
                + (plan.source().metadata().isPresent() ? "" : "（文件中没有导出信息，按表格中的文字读取）"));
        content.getChildren().add(unit);
        plan.unitNameChange().ifPresent(change -> {
            Label other = new Label("注意：这是“" + change.to() + "”的表格，当前数据属于“" + change.from()
                    + "”。导入后，当前数据将被此文件的内容替换，填报单位改为“" + change.to() + "”。");
            other.setId("import-other-unit");
            other.setWrapText(true);
            other.getStyleClass().add("tb-warning");
            content.getChildren().add(other);
        });
        if (!plan.emptied().isEmpty()) {
            Label emptied = new Label(emptiedWarning(plan));
            emptied.setId("import-emptied");
            emptied.setWrapText(true);
            emptied.getStyleClass().add("tb-warning");
            content.getChildren().add(emptied);
        }
        if (!plan.source().notes().isEmpty()) {
            Label notes = new Label(String.join("\n", plan.source().notes()));
            notes.setWrapText(true);
            notes.getStyleClass().add("tb-warning");
            content.getChildren().add(notes);
        }
        content.getChildren().add(fitToTextSize(table(plan.effectiveChanges()), owner, 2));
        Label after = new Label("导入前会自动备份当前数据；导入后可从“文件 → 从备份恢复”撤回。");
        after.getStyleClass().add("tb-muted");
        content.getChildren().add(after);
        dialog.getDialogPane().setContent(content);
        Dialogs.widen(dialog, 900);
        return dialog.showAndWait().filter(b -> b == IMPORT).isPresent();
    }

    /** What the import empties, and the way to take a department's copy without emptying anything. */
    static String emptiedWarning(ImportPlan plan) {
        return "注意：导入后，当前已填写的 " + plan.emptied().size() + " 项将被清空（此文件中这些项是空的）。"
                + "如果这是某个部门只填了自己那几项的表格，请取消，改用“文件 → 合并各部门填写的表格”，它只增加内容。";
    }

    private static TableView<ImportPlan.Change> table(List<ImportPlan.Change> changes) {
        TableView<ImportPlan.Change> table = new TableView<>();
        table.setId("import-changes");
        table.setPlaceholder(new Label("各项内容与当前数据相同。"));
        table.getColumns().add(column("变化", 60, c -> c.kind().label()));
        table.getColumns().add(column("工作重点", 84, c -> String.valueOf(c.item().areaNumber())));
        table.getColumns().add(column("工作内容", 230, c -> c.item().text()));
        table.getColumns().add(column("具体举措及成果形式（导入后）", 330,
                c -> c.after() == null ? "（删除）" : orEmpty(oneLine(c.after().measures()))));
        table.getColumns().add(column("责任部门（导入后）", 170,
                c -> c.after() == null ? "" : orEmpty(departments(c.after()))));
        table.getItems().setAll(changes);
        // The columns share the dialog's width: no horizontal scroll bar.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(340);
        return table;
    }

    /**
     * Columns as wide as their text needs at the window's text size, the first {@code fixed} ones (short
     * codes: 变化, 编号) never squeezed, none narrower than its heading; and a table that gives up its
     * height, not the dialog's buttons, when the dialog is fitted on a small screen.
     */
    static <T> TableView<T> fitToTextSize(TableView<T> table, Window owner, int fixed) {
        int fontPx = TextSize.shownIn(owner);
        double factor = Math.max(1, fontPx / (double) TextSize.DEFAULT);
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<T, ?> column = table.getColumns().get(i);
            column.setPrefWidth(column.getPrefWidth() * factor);
            // Every heading whole (its Chinese characters are one text size wide each, plus the padding).
            double heading = (column.getText().length() + 1.2) * fontPx;
            column.setMinWidth(i < fixed ? Math.max(column.getPrefWidth(), heading) : heading);
        }
        table.setMinHeight(120);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    /** A column of text computed from each row (shared with the merge preview). */
    static <T> TableColumn<T, String> column(String title, double width, java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** An emptied cell says so: the import clears what was written there. */
    private static String orEmpty(String text) {
        return text.isBlank() ? "（空）" : text;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    private static String departments(Entry entry) {
        return Departments.join(entry.departments());
    }
}
