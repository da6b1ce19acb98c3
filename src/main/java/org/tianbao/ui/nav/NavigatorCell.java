package org.tianbao.ui.nav;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.tianbao.model.EntryStatus;
import org.tianbao.ui.Icons;
import org.tianbao.ui.edit.ItemModel;

/**
 * Shows a key area with its progress badge ("7/10"), or a row with its fill status and a tag for the
 * unit's own rows. Listens to the shown model so that status changes appear as the officer types.
 */
final class NavigatorCell extends TreeCell<NavigatorNode> {

    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final Label text = new Label();
    private final Label badge = new Label();
    private final Region spacer = new Region();
    private final HBox box = new HBox(6);
    /** The row's fill status, kept and changed rather than made anew at every update. */
    private final Text statusIcon = Icons.status(EntryStatus.EMPTY);
    /** Created on the first hover: a tooltip per visible cell is a popup window each, costly at start-up. */
    private Tooltip tooltip;
    private String tooltipText = "";
    private final InvalidationListener refresher = o -> refresh();
    private Observable[] watched = new Observable[0];
    /** Whether a row differs from the unit's last export: such rows carry a bar at their left. */
    private final Function<ItemModel, ObservableBooleanValue> changedSinceExport;

    NavigatorCell(Function<ItemModel, ObservableBooleanValue> changedSinceExport) {
        this.changedSinceExport = changedSinceExport;
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.SOMETIMES);
        text.setMinWidth(0);
        box.setAlignment(Pos.CENTER_LEFT);
        badge.getStyleClass().add("tb-badge");
        // At large text sizes the row's text gives way (…), never the progress badge.
        badge.setMinWidth(Region.USE_PREF_SIZE);
        getStyleClass().add("tb-nav-cell");
        // Cells take the tree's width instead of their text's, so long texts end in … and the
        // progress badges stay in view without a horizontal scroll bar.
        setPrefWidth(0);
        setOnMouseEntered(e -> installTooltip());
    }

    private void installTooltip() {
        if (tooltip == null && getItem() != null) {
            tooltip = new Tooltip(tooltipText);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
            setTooltip(tooltip);
        }
    }

    private void setTooltipText(String text) {
        tooltipText = text;
        if (tooltip != null) {
            tooltip.setText(text);
            setTooltip(tooltip);
        }
    }

    @Override
    protected void updateItem(NavigatorNode node, boolean empty) {
        super.updateItem(node, empty);
        for (Observable o : watched) {
            o.removeListener(refresher);
        }
        watched = new Observable[0];
        getStyleClass().removeAll("tb-area", "tb-item", "tb-local");
        pseudoClassStateChanged(CHANGED, false);
        if (empty || node == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        if (node instanceof NavigatorNode.Area a) {
            getStyleClass().add("tb-area");
            watched = new Observable[] {a.area().progressTextBinding()};
        } else if (node instanceof NavigatorNode.Item i) {
            getStyleClass().add(i.item().isLocal() ? "tb-local" : "tb-item");
            watched = new Observable[] {i.item().statusBinding(), i.item().textProperty(),
                changedSinceExport.apply(i.item())};
        }
        for (Observable o : watched) {
            o.addListener(refresher);
        }
        refresh();
    }

    private void refresh() {
        NavigatorNode node = getItem();
        if (node == null) {
            return;
        }
        box.getChildren().clear();
        if (node instanceof NavigatorNode.Area a) {
            text.setText(a.area().number() + "  " + a.area().title());
            badge.setText(a.area().progressTextBinding().get());
            boolean done = a.area().completeCountBinding().get() == a.area().items().size();
            badge.getStyleClass().removeAll("tb-badge-done");
            if (done) {
                badge.getStyleClass().add("tb-badge-done");
            }
            box.getChildren().setAll(text, spacer, badge);
            showBox();
            setTooltipText(a.area().title());
        } else if (node instanceof NavigatorNode.Item i && i.item().isLocal()) {
            text.setText(i.item().text());
            Label own = new Label("本单位");
            own.getStyleClass().add("tb-tag");
            own.setMinWidth(Region.USE_PREF_SIZE);
            Icons.showStatus(statusIcon, i.item().status());
            box.getChildren().setAll(statusIcon, text, spacer, own);
            showBox();
            showItemState(i.item());
        } else if (node instanceof NavigatorNode.Item i) {
            // Most rows: the cell's own text and icon, no box (half the nodes to style and lay out, which
            // counts at start-up, when the first frame waits for every visible row).
            setText(i.item().text());
            Icons.showStatus(statusIcon, i.item().status());
            setGraphic(statusIcon);
            showItemState(i.item());
        }
    }

    /** The row's tooltip (its whole text, and what is special about it) and its mark when changed since export. */
    private void showItemState(ItemModel item) {
        boolean changed = changedSinceExport.apply(item).get();
        pseudoClassStateChanged(CHANGED, changed);
        setTooltipText(item.text() + (item.status() == EntryStatus.NOT_APPLICABLE ? "\n（本单位不涉及）" : "")
                + (changed ? "\n（上次导出后修改过）" : ""));
    }

    private void showBox() {
        setText(null);
        setGraphic(box);
    }
}
