package org.tianbao.ui.edit;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tianbao.ui.Icons;

/**
 * The right pane: the editor of the selected row, or a summary of the selected key area. Editors are
 * created on first visit and kept (each keeps its own undo history); a deleted row's editor is dropped.
 */
public final class EditorPane {

    private final FormSession session;
    private final StackPane view = new StackPane();
    private final Map<ItemModel, ItemEditor> editors = new HashMap<>();
    private ItemEditor current;
    private Consumer<AreaModel> onAddLocal = a -> { };

    public EditorPane(FormSession session) {
        this.session = session;
        view.getStyleClass().add("tb-editor-pane");
        view.setPadding(new Insets(16, 20, 12, 20));
        for (AreaModel area : session.areas()) {
            area.items().addListener((ListChangeListener<ItemModel>) c -> {
                while (c.next()) {
                    if (c.wasRemoved() && !c.wasAdded()) {
                        c.getRemoved().forEach(removed -> {
                            if (!area.items().contains(removed)) {
                                editors.remove(removed);
                            }
                        });
                    }
                }
            });
        }
    }

    public Node view() {
        return view;
    }

    public void setOnAddLocal(Consumer<AreaModel> handler) {
        this.onAddLocal = handler;
    }

    /** Shows the editor of a row. */
    public ItemEditor show(ItemModel item) {
        current = editors.computeIfAbsent(item,
                i -> new ItemEditor(i, session.area(i.areaNumber()), session));
        view.getChildren().setAll(current.view());
        return current;
    }

    /** Shows a key area's summary: progress and the action to add a row of the unit's own. */
    public void show(AreaModel area) {
        current = null;
        Label title = new Label("工作重点 " + area.number() + "：" + area.title());
        title.getStyleClass().add("tb-area-title");
        title.setWrapText(true);
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(Bindings.createDoubleBinding(
                () -> area.items().isEmpty() ? 0 : area.completeCountBinding().get() / (double) area.items().size(),
                area.completeCountBinding(), area.items()));
        Label counts = new Label();
        counts.textProperty().bind(Bindings.concat("已完成 ", area.progressTextBinding(), " 项（举措和责任部门都已填写，或本单位不涉及）"));
        Button add = new Button("在此工作重点下新增本单位工作", Icons.add());
        add.setId("add-local-in-area");
        add.setOnAction(e -> onAddLocal.accept(area));
        Label hint = new Label("在左侧选择一项工作内容开始填写；按 Alt+↓ 逐项向下。");
        hint.getStyleClass().add("tb-muted");
        VBox box = new VBox(14, title, progress, counts, add, hint);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(720);
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        view.getChildren().setAll(box);
    }

    /** The editor shown, if a row is shown. */
    public ItemEditor current() {
        return current;
    }
}
