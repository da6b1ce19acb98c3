package org.tianbao.ui.edit;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.model.ChinesePunctuation;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.Icons;

/**
 * 规范标点: the half-width punctuation of text pasted from many sources made full-width across the form in
 * one step, as official documents write it. The rows it changes are listed first, the selected one shown
 * before and after; the change is saved as one and can be taken back (撤销) until the dialog closes; a
 * double-click on a listed row closes the dialog and goes to that row.
 */
public final class PunctuationDialog {

    private static final Logger LOG = Logger.getLogger(PunctuationDialog.class.getName());
    private static final ButtonType CLOSE = new ButtonType("关闭", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** A listed row and how many places of it change. */
    private record Change(ItemModel item, int places) {
    }

    private final FormSession session;
    private final Runnable backUp;
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ListView<Change> list = new ListView<>(changes);
    private final TextArea before = new TextArea();
    private final TextArea after = new TextArea();
    private final Label summary = new Label();
    private final Button apply = new Button("全部规范", Icons.replace());
    private final Button undo = new Button("撤销", Icons.undo());
    private final ObjectProperty<FormSession.Rewritten> lastDone = new SimpleObjectProperty<>();
    private ItemModel goTo;

    private PunctuationDialog(FormSession session, Runnable backUp) {
        this.session = session;
        this.backUp = backUp;
    }

    /**
     * @param backUp queues a backup of the data as it is, run before the change: once the dialog is closed,
     *               从备份恢复 is the way back
     * @return the row to go to, when the officer double-clicked one
     */
    public static Optional<ItemModel> show(Window owner, FormSession session, Runnable backUp) {
        return new PunctuationDialog(session, backUp).showAndWait(owner);
    }

    private Optional<ItemModel> showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "规范标点");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().setAll(CLOSE);
        Dialogs.widen(dialog, 680);
        list.setOnMouseClicked(e -> {
            Change change = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && change != null) {
                goTo = change.item();
                dialog.close();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> preview(now));
        apply.setOnAction(e -> apply(dialog));
        undo.setOnAction(e -> undo(dialog));
        refresh();
        dialog.showAndWait();
        return Optional.ofNullable(goTo);
    }

    private VBox content() {
        Label rules = new Label("把中文里的半角标点改为全角：, ; : ? ! ( ) \" 改为 ，；：？！（）“”，汉字后的“.”改为“。”，"
                + "去掉汉字之间的空格。数字和英文里的标点不变（如 1,000　9:00　2.5　序号 1.　方案.docx）。"
                + "改动举措、责任部门和本单位新增工作的名称，官方表格的工作内容不会改动。");
        rules.setWrapText(true);
        list.setId("punctuation-changes");
        list.setPrefHeight(200);
        list.setCellFactory(v -> new ChangeCell());
        Label none = new Label("没有需要规范的标点。");
        list.setPlaceholder(none);
        for (TextArea area : new TextArea[] {before, after}) {
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(4);
            HBox.setHgrow(area, Priority.ALWAYS);
        }
        before.setId("punctuation-before");
        after.setId("punctuation-after");
        VBox beforeBox = new VBox(4, new Label("原文"), before);
        VBox afterBox = new VBox(4, new Label("规范后"), after);
        HBox.setHgrow(beforeBox, Priority.ALWAYS);
        HBox.setHgrow(afterBox, Priority.ALWAYS);
        HBox preview = new HBox(10, beforeBox, afterBox);
        summary.setId("punctuation-summary");
        summary.setWrapText(true);
        apply.setId("punctuation-apply");
        undo.setId("punctuation-undo");
        undo.disableProperty().bind(lastDone.isNull());
        apply.setMinWidth(Button.USE_PREF_SIZE);
        undo.setMinWidth(Button.USE_PREF_SIZE);
        HBox actions = new HBox(8, apply, undo);
        actions.setAlignment(Pos.CENTER_RIGHT);
        Label hint = new Label("双击一项可转到该项。规范前会自动备份，关闭本窗口后仍可从“文件 → 从备份恢复”找回。");
        hint.setWrapText(true);
        hint.getStyleClass().add("tb-muted");
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(10, rules, list, preview, summary, actions, hint);
    }

    /** The rows the rewrite would change now, the first one previewed. */
    private void refresh() {
        changes.setAll(session.items().stream()
                .map(item -> new Change(item, ChinesePunctuation.INSTANCE.changes(item.toEntry())))
                .filter(c -> c.places() > 0).toList());
        int places = changes.stream().mapToInt(Change::places).sum();
        if (lastDone.get() == null) {
            summary.setText(changes.isEmpty() ? "没有需要规范的标点。"
                    : changes.size() + " 项中共有 " + places + " 处需要规范。");
        }
        apply.setDisable(changes.isEmpty());
        list.getSelectionModel().selectFirst();
        preview(list.getSelectionModel().getSelectedItem());
    }

    private void preview(Change change) {
        before.setText(change == null ? "" : shown(change.item().toEntry()));
        after.setText(change == null ? "" : shown(ChinesePunctuation.INSTANCE.apply(change.item().toEntry())));
    }

    /** What of a row the rewrite may change: its own name, its measures, its departments. */
    private static String shown(Entry e) {
        StringBuilder text = new StringBuilder();
        if (e.item().isLocal()) {
            text.append("名称：").append(e.item().text()).append('\n');
        }
        text.append(e.measures());
        if (!e.departments().isEmpty()) {
            text.append("\n责任部门：").append(Departments.join(e.departments()));
        }
        return text.toString();
    }

    private void apply(Dialog<?> dialog) {
        try {
            backUp.run();
            FormSession.Rewritten done = session.rewrite(ChinesePunctuation.INSTANCE);
            lastDone.set(done);
            summary.setText("已规范 " + done.rows() + " 项中的 " + done.changes() + " 处标点。");
            refresh();
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "punctuation rewrite refused", e);
            Dialogs.error(dialog.getDialogPane().getScene().getWindow(), "没有规范",
                    "之前的修改还没有写入数据文件，为免新旧内容交错，这次没有改动任何内容。请稍后再试。");
        }
    }

    private void undo(Dialog<?> dialog) {
        FormSession.Rewritten done = lastDone.get();
        try {
            done.undo().run();
            lastDone.set(null);
            refresh();
            summary.setText("已撤销，" + done.rows() + " 项恢复原样。");
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "undo of punctuation rewrite refused", e);
            Dialogs.error(dialog.getDialogPane().getScene().getWindow(), "没有撤销",
                    "规范后的内容还没有写入数据文件，暂时无法撤销。请稍后再试。");
        }
    }

    /** A listed row: its key area, its text and how many places change. */
    private static final class ChangeCell extends ListCell<Change> {
        @Override
        protected void updateItem(Change change, boolean empty) {
            super.updateItem(change, empty);
            setText(empty || change == null ? null
                    : change.item().areaNumber() + " · " + change.item().text() + "　（" + change.places() + " 处）");
        }
    }
}
