package org.tianbao.ui.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.model.EntryStatus;
import org.tianbao.model.RepeatedMeasures;
import org.tianbao.model.WorkItem;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.edit.ItemModel;

/**
 * Before an export: what is still empty, and which measures repeat another row's word for word, with
 * 仍然导出 / 转到所选项 (or a double-click on a row) / 取消.
 */
final class ExportCheckDialog {

    /**
     * A row listed: what it lacks (缺责任部门; empty when nothing) and the row whose measures it repeats
     * (1.05; empty when none).
     */
    record Problem(ItemModel item, String missing, String sameAs) {
        boolean incomplete() {
            return !missing.isEmpty();
        }

        boolean repeated() {
            return !sameAs.isEmpty();
        }

        /** In the officer's words: 缺责任部门；举措与 1.05 相同. */
        String what() {
            return missing + (incomplete() && repeated() ? "；" : "") + (repeated() ? "举措与" + sameAs + "相同" : "");
        }
    }

    /** The officer's answer: export anyway, go to a row to fill it in, or neither. */
    sealed interface Answer {
        record Export() implements Answer {
        }

        record GoTo(ItemModel item) implements Answer {
        }

        record Cancel() implements Answer {
        }
    }

    static final ButtonType EXPORT_ANYWAY = new ButtonType("仍然导出", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType GO_TO = new ButtonType("转到所选项", ButtonBar.ButtonData.OTHER);

    private ExportCheckDialog() {
    }

    /**
     * The rows to look at before exporting, in the form's order: those not filled in, and those whose
     * measures another row has too (each named with the first such row).
     */
    static List<Problem> problems(List<ItemModel> rows) {
        Map<String, RepeatedMeasures.Repeat> repeats = new HashMap<>();
        RepeatedMeasures.in(rows.stream().map(ItemModel::toEntry).toList()).forEach(r -> repeats.put(r.row().id(), r));
        List<Problem> problems = new ArrayList<>();
        for (ItemModel row : rows) {
            RepeatedMeasures.Repeat repeat = repeats.get(row.id());
            Problem problem = new Problem(row, row.status().isDone() ? "" : missing(row),
                    repeat == null ? "" : name(repeat.sameAs()));
            if (problem.incomplete() || problem.repeated()) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static String name(WorkItem row) {
        String name = RepeatedMeasures.name(row);
        return row.isLocal() ? name : " " + name + " ";
    }

    static Answer ask(Window owner, List<Problem> problems) {
        long incomplete = problems.stream().filter(Problem::incomplete).count();
        long repeated = problems.stream().filter(Problem::repeated).count();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT_ANYWAY, GO_TO, Dialogs.CANCEL);
        Dialogs.prepare(dialog, owner, incomplete == 0 ? repeated + " 项的具体举措与其他项相同"
                : "还有 " + incomplete + " 项未填写完整" + (repeated == 0 ? "" : "，" + repeated + " 项的具体举措与其他项相同"));
        Map<ItemModel, Problem> byRow = new HashMap<>();
        problems.forEach(p -> byRow.put(p.item(), p));
        ListView<ItemModel> list = new ListView<>(FXCollections.observableArrayList(problems.stream().map(Problem::item).toList()));
        list.setId("export-incomplete-list");
        list.setCellFactory(v -> new IncompleteCell(byRow));
        list.setPrefHeight(300);
        list.getSelectionModel().selectFirst();
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(GO_TO);
                dialog.close();
            }
        });
        Label hint = new Label((incomplete == 0 ? "" : "以下工作内容缺少具体举措或责任部门（与本单位无关的，可在该项点“本单位不涉及”）。")
                + (repeated == 0 ? "" : "具体举措与其他项一字不差的，上级审核时常被退回，宜按各项的内容分别填写。")
                + "可以先导出，之后修改再导出一次；双击某一项转到该项。");
        hint.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, hint, list));
        Dialogs.widen(dialog, 760);
        Optional<ButtonType> answer = dialog.showAndWait();
        ItemModel selected = list.getSelectionModel().getSelectedItem();
        if (answer.filter(b -> b == EXPORT_ANYWAY).isPresent()) {
            return new Answer.Export();
        }
        if (answer.filter(b -> b == GO_TO).isPresent() && selected != null) {
            return new Answer.GoTo(selected);
        }
        return new Answer.Cancel();
    }

    /** What the row lacks, in the officer's words. */
    static String missing(ItemModel item) {
        if (item.status() == EntryStatus.EMPTY) {
            return "未填写";
        }
        return item.measuresProperty().get().isBlank() ? "缺具体举措及成果形式" : "缺责任部门";
    }

    /**
     * A row: its key area, its text (cut short with … when long, whole in the tooltip) and what it
     * lacks, always in view at the right.
     */
    private static final class IncompleteCell extends ListCell<ItemModel> {
        private final Label area = new Label();
        private final Label text = new Label();
        private final Label lack = new Label();
        private final HBox box = new HBox(10, area, text, lack);

        private final Map<ItemModel, Problem> problems;

        IncompleteCell(Map<ItemModel, Problem> problems) {
            this.problems = problems;
            area.getStyleClass().add("tb-muted");
            lack.getStyleClass().add("tb-tag");
            area.setMinWidth(Region.USE_PREF_SIZE);
            lack.setMinWidth(Region.USE_PREF_SIZE);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            // The list's width, not the text's: no horizontal scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ItemModel item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Problem problem = problems.get(item);
            area.setText("工作重点 " + item.areaNumber());
            text.setText(item.text());
            lack.setText(problem.what());
            setGraphic(box);
            setTooltip(new Tooltip(item.text()));
        }
    }
}
