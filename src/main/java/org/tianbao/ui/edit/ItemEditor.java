package org.tianbao.ui.edit;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tianbao.model.EntryStatus;
import org.tianbao.model.NotApplicable;
import org.tianbao.model.RepeatedMeasures;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.WorkItem;

/**
 * The editor of one row: 工作内容 (read-only for official rows), 具体举措及成果形式, 责任部门. One editor
 * per row, kept while the window lives, so that each row keeps its own undo history.
 */
public final class ItemEditor {

    private final ItemModel item;
    private final VBox view = new VBox(10);
    private final TextArea measures = new TextArea();
    private final TextField localText = new TextField();
    private final DepartmentPicker departments;

    public ItemEditor(ItemModel item, AreaModel area, FormSession session) {
        this.item = item;
        view.getStyleClass().add("tb-item-editor");

        Label areaLabel = new Label("工作重点 " + area.number() + " · " + area.title());
        areaLabel.getStyleClass().add("tb-area-label");
        Label kind = new Label(kindText(item.kind()));
        kind.getStyleClass().addAll("tb-tag", item.isLocal() ? "tb-tag-local" : "tb-tag-official");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, areaLabel, spacer, kind);
        header.setAlignment(Pos.CENTER_LEFT);

        Node content;
        if (item.isLocal()) {
            localText.setId("local-text");
            localText.textProperty().bindBidirectional(item.textProperty());
            localText.setPromptText("本单位开展的工作内容");
            localText.getStyleClass().add("tb-local-text");
            // A row needs a text: an emptied field gets its last text back when the officer leaves it.
            String[] lastText = {item.text()};
            localText.textProperty().addListener((obs, old, now) -> {
                if (!TextNormalizer.clean(now).isEmpty()) {
                    lastText[0] = now;
                }
            });
            localText.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    if (TextNormalizer.clean(localText.getText()).isEmpty()) {
                        localText.setText(lastText[0]);
                    }
                    session.flush(item);
                }
            });
            content = localText;
        } else {
            Label text = new Label();
            text.textProperty().bind(item.textProperty());
            text.setWrapText(true);
            text.setId("item-text");
            // The whole 工作内容 stays readable at any text size; the measures field gives up the room.
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("tb-item-text");
            content = text;
        }

        measures.setId("measures");
        measures.setWrapText(true);
        measures.setPromptText("写明本单位的具体举措，以及成果形式（如：制定文件、举办活动、完成数量等）");
        measures.textProperty().bindBidirectional(item.measuresProperty());
        measures.getStyleClass().add("tb-measures");
        measures.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                session.flush(item);
            }
        });
        measures.addEventFilter(KeyEvent.KEY_PRESSED, ItemEditor::tabMovesFocus);
        measures.setTextFormatter(new TextFormatter<String>(ItemEditor::plainInput));
        // 本单位不涉及 sits in the empty field's corner: where the officer looks when there is nothing to write,
        // and out of the header, which has no room for it at large text sizes.
        VBox measuresBox = CornerLink.around(measures, notApplicableLink(session));
        VBox.setVgrow(measuresBox, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("tb-muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> "已写 " + measures.getText().codePointCount(0, measures.getLength()) + " 字",
                measures.textProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox measuresHeader = new HBox(8, fieldLabel("具体举措及成果形式"), gap, count);
        measuresHeader.setAlignment(Pos.BASELINE_LEFT);

        departments = new DepartmentPicker(item.departments(), session.departmentNames());
        departments.input().setId("department-input");
        departments.suggestionList().setId("department-suggestions");
        departments.input().focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                session.flush(item);
            }
        });
        Label deptHint = new Label("第一个为牵头部门");
        deptHint.getStyleClass().add("tb-muted");
        Hyperlink fromAbove = new Hyperlink("同上一项");
        fromAbove.setId("departments-from-above");
        fromAbove.setFocusTraversable(false);
        fromAbove.setMinWidth(Region.USE_PREF_SIZE);
        fromAbove.disableProperty().bind(Bindings.createBooleanBinding(
                () -> session.departmentsFromAbove(item).isEmpty(), item.departments()));
        fromAbove.setOnMouseEntered(e -> fromAbove.setTooltip(new Tooltip(fromAboveTip(session, item))));
        fromAbove.setOnAction(e -> {
            session.copyDepartmentsFromAbove(item);
            departments.input().requestFocus();
        });
        Region deptGap = new Region();
        HBox.setHgrow(deptGap, Priority.ALWAYS);
        HBox deptHeader = new HBox(8, fieldLabel("责任部门"), deptHint, deptGap, fromAbove);
        deptHeader.setAlignment(Pos.BASELINE_LEFT);

        view.getChildren().addAll(header, fieldLabel("工作内容"), content, measuresHeader, sameAsHint(session, item), measuresBox,
                deptHeader, departments.view());
    }

    /**
     * 本单位不涉及 on an attachment's row with nothing written (a county without customs or universities),
     * 取消不涉及 on a row so marked; absent otherwise, so that it never covers written measures.
     */
    private Hyperlink notApplicableLink(FormSession session) {
        Hyperlink link = new Hyperlink();
        link.setId("not-applicable");
        link.setFocusTraversable(false);
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.textProperty().bind(Bindings.when(item.statusBinding().isEqualTo(EntryStatus.NOT_APPLICABLE))
                .then("取消不涉及").otherwise("本单位不涉及"));
        link.visibleProperty().bind(Bindings.createBooleanBinding(() -> !item.isLocal()
                && (item.status() == EntryStatus.NOT_APPLICABLE || item.measuresProperty().get().isBlank()),
                item.statusBinding(), item.measuresProperty()));
        link.managedProperty().bind(link.visibleProperty());
        link.setTooltip(new Tooltip("此项工作与本单位无关时：举措填为“" + NotApplicable.TEXT
                + "”，不再算作未完成，导出时照此填写"));
        link.setOnAction(e -> {
            session.setNotApplicable(item, item.status() != EntryStatus.NOT_APPLICABLE);
            link.setVisited(false); // it is a switch, not a page seen
            measures.requestFocus();
        });
        return link;
    }

    /** The tooltip of 同上一项: which row it copies from, and what it adds. */
    private static String fromAboveTip(FormSession session, ItemModel item) {
        return session.rowAboveWithDepartments(item)
                .map(above -> "加入上方“" + above.text() + "”的责任部门（Ctrl+D）：" + String.join("、", above.departments()))
                .orElse("上方各项还没有责任部门");
    }

    /**
     * Tab leaves the measures editor for the departments, as in a form; a tab character has no place in
     * the cell. (TextArea traverses on Ctrl+Tab, so Tab is re-sent as that.)
     */
    private static void tabMovesFocus(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            e.consume();
            TextArea area = (TextArea) e.getSource();
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                    false));
        }
    }

    /**
     * Pasted text arrives plain: TextArea itself would drop a vertical tab (Word's manual line break)
     * and join the lines it separated, and keep a tab after a list number as a wide gap.
     */
    private static TextFormatter.Change plainInput(TextFormatter.Change change) {
        String added = change.getText();
        String plain = TextNormalizer.plain(added);
        if (plain != added) {
            int shorter = added.length() - plain.length();
            change.setText(plain);
            change.setCaretPosition(Math.max(change.getRangeStart(), change.getCaretPosition() - shorter));
            change.setAnchor(Math.max(change.getRangeStart(), change.getAnchor() - shorter));
        }
        return change;
    }

    /**
     * 与 3.01 相同, while the measures repeat another row's word for word (a paragraph pasted into several items,
     * which reviewers send back); the export check lists such rows too. Checked as the officer types and
     * whenever the editor is shown again (the other rows change while their own editors are shown; editors
     * are kept, so following every row's text from each of them would cost every keystroke dozens of checks).
     */
    private static Label sameAsHint(FormSession session, ItemModel item) {
        Label hint = new Label();
        hint.setId("measures-same-as");
        hint.getStyleClass().add("tb-ref-warning");
        // A line of its own under the field's name, whole: the header has no room for it in a narrow editor.
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.createStringBinding(() -> hint.getScene() == null ? "" : RepeatedMeasures
                .sameAs(item.toEntry().item(), item.measuresProperty().get(),
                        session.items().stream().map(ItemModel::toEntry).toList())
                .map(other -> "与" + (other.isLocal() ? "" : " ") + RepeatedMeasures.name(other)
                        + (other.isLocal() ? "" : " ") + "的具体举措一字不差，上级审核时常被退回。")
                .orElse(""), item.measuresProperty(), hint.sceneProperty()));
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    /** A field's name, always whole: at large text sizes the hints and counts beside it give way. */
    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("tb-field-label");
        return label;
    }

    private static String kindText(WorkItem.Kind kind) {
        return switch (kind) {
            case OFFICIAL -> "附件所列";
            case OTHER -> "其他创新性工作";
            case LOCAL -> "本单位新增";
        };
    }

    public Node view() {
        return view;
    }

    public ItemModel item() {
        return item;
    }

    public TextArea measuresArea() {
        return measures;
    }

    public TextField localTextField() {
        return localText;
    }

    /** Puts the caret in the measures editor, at the end of what is written. */
    public void focusMeasures() {
        measures.requestFocus();
        measures.positionCaret(measures.getLength());
    }
}
