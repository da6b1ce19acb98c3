package org.tianbao.ui.edit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.model.TextReplacement;
import org.tianbao.model.TextReplacement.Occurrences;
import org.tianbao.model.TextReplacement.Scope;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.Icons;

/**
 * 查找和替换: a text replaced across the whole form in one step, the rows it occurs in listed before
 * anything changes. The replacement is saved as one change and can be taken back (撤销替换) until the
 * dialog closes; a double-click on a listed row closes the dialog and goes to that row.
 */
public final class ReplaceDialog {

    private static final Logger LOG = Logger.getLogger(ReplaceDialog.class.getName());
    private static final ButtonType CLOSE = new ButtonType("关闭", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** A listed row and how often the text occurs in it. */
    private record Match(ItemModel item, Occurrences occurrences) {
    }

    private final FormSession session;
    private final Runnable backUp;
    private final TextField find = new TextField();
    private final TextField replacement = new TextField();
    private final CheckBox inMeasures = new CheckBox("具体举措及成果形式");
    private final CheckBox inDepartments = new CheckBox("责任部门（部门词典一并修改）");
    private final CheckBox inOwnNames = new CheckBox("本单位新增工作的名称");
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final ListView<Match> list = new ListView<>(matches);
    private final Label summary = new Label();
    private final Label emptyList = new Label();
    private final Button replaceAll = new Button("全部替换", Icons.replace());
    private final Button undo = new Button("撤销替换", Icons.undo());
    private final ObjectProperty<FormSession.Rewritten> lastReplaced = new SimpleObjectProperty<>();
    private ItemModel goTo;

    private ReplaceDialog(FormSession session, Runnable backUp) {
        this.session = session;
        this.backUp = backUp;
    }

    /**
     * Shows the dialog; the text to find starts as {@code initialFind} (the editor's selection).
     *
     * @param backUp queues a backup of the data as it is, run before each replacement: once the dialog is
     *               closed, 从备份恢复 is the way back
     * @return the row to go to, when the officer double-clicked one
     */
    public static Optional<ItemModel> show(Window owner, FormSession session, String initialFind, Runnable backUp) {
        return new ReplaceDialog(session, backUp).showAndWait(owner, initialFind);
    }

    private Optional<ItemModel> showAndWait(Window owner, String initialFind) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "查找和替换");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().setAll(CLOSE);
        Dialogs.widen(dialog, 640);

        find.setText(initialFind == null ? "" : initialFind.strip());
        for (TextField field : List.of(find, replacement)) {
            field.textProperty().addListener((obs, old, now) -> textsChanged());
        }
        for (CheckBox box : List.of(inMeasures, inDepartments, inOwnNames)) {
            box.setSelected(true);
            box.selectedProperty().addListener((obs, old, now) -> textsChanged());
        }
        list.setOnMouseClicked(e -> {
            Match match = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && match != null) {
                goTo = match.item();
                dialog.close();
            }
        });
        replaceAll.setOnAction(e -> replaceAll(dialog));
        undo.setOnAction(e -> undo(dialog));
        textsChanged();
        dialog.setOnShown(e -> find.requestFocus());
        dialog.showAndWait();
        return Optional.ofNullable(goTo);
    }

    private VBox content() {
        find.setId("replace-find");
        find.setPromptText("要查找的文字，如“县工商局”");
        replacement.setId("replace-with");
        replacement.setPromptText("替换成的文字；不填则删除查找的文字");
        inMeasures.setId("replace-in-measures");
        inDepartments.setId("replace-in-departments");
        inOwnNames.setId("replace-in-own-names");
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label("查找内容"), find);
        fields.addRow(1, new Label("替换为"), replacement);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().setAll(labels, inputs);

        FlowPane scopes = new FlowPane(14, 4, new Label("查找范围"), inMeasures, inDepartments, inOwnNames);

        list.setId("replace-matches");
        list.setPrefHeight(260);
        list.setCellFactory(v -> new MatchCell());
        emptyList.setWrapText(true);
        list.setPlaceholder(emptyList);
        VBox.setVgrow(list, Priority.ALWAYS);

        summary.setId("replace-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        replaceAll.setId("replace-all");
        // Not the default button: Enter in 查找内容 must not replace (with nothing, before the officer got to
        // 替换为). Enter there moves on to 替换为; Enter in 替换为 replaces. An empty 替换为 deletes, and says so.
        replaceAll.textProperty().bind(Bindings.when(replacement.textProperty().isEmpty())
                .then("全部删除").otherwise("全部替换"));
        find.setOnAction(e -> replacement.requestFocus());
        replacement.setOnAction(e -> {
            if (!replaceAll.isDisabled()) {
                replaceAll.fire();
            }
        });
        undo.setId("replace-undo");
        undo.disableProperty().bind(lastReplaced.isNull());
        HBox actions = new HBox(8, replaceAll, undo);
        actions.setAlignment(Pos.CENTER_RIGHT);
        replaceAll.setMinWidth(Button.USE_PREF_SIZE);
        undo.setMinWidth(Button.USE_PREF_SIZE);

        Label hint = new Label("按原样查找（区分全角、半角）。官方表格的工作内容不会改动。双击一项可转到该项。"
                + "替换前会自动备份，关闭本窗口后仍可从“文件 → 从备份恢复”找回。");
        hint.setWrapText(true);
        hint.getStyleClass().add("tb-muted");
        return new VBox(10, fields, scopes, list, summary, actions, hint);
    }

    private TextReplacement replacement() {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (inMeasures.isSelected()) {
            scopes.add(Scope.MEASURES);
        }
        if (inDepartments.isSelected()) {
            scopes.add(Scope.DEPARTMENTS);
        }
        if (inOwnNames.isSelected()) {
            scopes.add(Scope.OWN_ITEM_NAMES);
        }
        return new TextReplacement(find.getText(), replacement.getText(), scopes);
    }

    /** A new text or scope: a new list; what was replaced before can no longer be taken back from here. */
    private void textsChanged() {
        lastReplaced.set(null);
        refreshMatches();
        TextReplacement r = replacement();
        int occurrences = matches.stream().mapToInt(m -> m.occurrences().total()).sum();
        boolean dictionaryOnly = dictionaryOnly(r);
        emptyList.setText(find.getText().isEmpty() ? "输入要查找的文字后，这里列出它出现的各项。"
                : "没有一项含有“" + find.getText() + "”。");
        if (find.getText().isEmpty()) {
            summary.setText("");
        } else if (r.scopes().isEmpty()) {
            summary.setText("请至少选择一处查找范围。");
        } else if (matches.isEmpty()) {
            summary.setText(dictionaryOnly ? "表格中没有“" + find.getText() + "”，只有部门词典中有。"
                    : "没有找到“" + find.getText() + "”。");
        } else {
            summary.setText("“" + find.getText() + "”出现在 " + matches.size() + " 项中，共 " + occurrences + " 处。"
                    + (find.getText().equals(replacement.getText()) ? "替换为的文字与查找内容相同。" : ""));
        }
        replaceAll.setDisable(!canReplace());
    }

    /** Whether only the department dictionary holds the text (no row of the form does). */
    private boolean dictionaryOnly(TextReplacement r) {
        return matches.isEmpty() && r.isUsable()
                && !r.applyToNames(session.departmentNames()).equals(List.copyOf(session.departmentNames()));
    }

    /** Whether 全部替换 has anything to replace: rows of the form, or names of the dictionary. */
    private boolean canReplace() {
        TextReplacement r = replacement();
        return r.isUsable() && (!matches.isEmpty() || dictionaryOnly(r));
    }

    private void refreshMatches() {
        TextReplacement r = replacement();
        matches.setAll(session.items().stream()
                .map(item -> new Match(item, r.count(item.toEntry())))
                .filter(m -> m.occurrences().total() > 0)
                .toList());
    }

    private void replaceAll(Dialog<?> dialog) {
        TextReplacement r = replacement();
        try {
            backUp.run();
            FormSession.Rewritten done = session.rewrite(r);
            String what = done.rows() == 0 ? "部门词典中的“" + r.find() + "”已替换为“" + r.replacement() + "”。"
                    : "已在 " + done.rows() + " 项中把“" + r.find() + "”替换为“" + r.replacement() + "”，共 "
                    + done.changes() + " 处。";
            refreshMatches();
            emptyList.setText("已全部替换，没有一项再含有“" + r.find() + "”。");
            lastReplaced.set(done);
            boolean dictionaryToo = done.rows() > 0 && r.scopes().contains(Scope.DEPARTMENTS);
            summary.setText(what + (dictionaryToo ? "部门词典已一并修改。" : ""));
            replaceAll.setDisable(true);
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "replace refused", e);
            Dialogs.error(dialog.getDialogPane().getScene().getWindow(), "没有替换",
                    "之前的修改还没有写入数据文件，为免新旧内容交错，这次没有替换任何内容。请稍后再试。");
        }
    }

    private void undo(Dialog<?> dialog) {
        FormSession.Rewritten done = lastReplaced.get();
        try {
            done.undo().run();
            lastReplaced.set(null);
            refreshMatches();
            summary.setText(done.rows() == 0 ? "已撤销替换，部门词典恢复原样。" : "已撤销替换，" + done.rows() + " 项恢复原样。");
            // A replacement in the dictionary alone can be made again too.
            replaceAll.setDisable(!canReplace());
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "undo of replace refused", e);
            Dialogs.error(dialog.getDialogPane().getScene().getWindow(), "没有撤销",
                    "替换的内容还没有写入数据文件，暂时无法撤销。请稍后再试。");
        }
    }

    /** A listed row: its key area and text, and where the text occurs in it. */
    private static final class MatchCell extends ListCell<Match> {
        @Override
        protected void updateItem(Match match, boolean empty) {
            super.updateItem(match, empty);
            if (empty || match == null) {
                setText(null);
                return;
            }
            Occurrences o = match.occurrences();
            StringBuilder where = new StringBuilder();
            append(where, "举措", o.inMeasures());
            append(where, "部门", o.inDepartments());
            append(where, "名称", o.inName());
            setText(match.item().areaNumber() + " · " + match.item().text() + "　（" + where + "）");
        }

        private static void append(StringBuilder where, String place, int count) {
            if (count > 0) {
                where.append(where.length() == 0 ? "" : "，").append(place).append(' ').append(count).append(" 处");
            }
        }
    }
}
