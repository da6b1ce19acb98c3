package org.tianbao.ui;

import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import org.testfx.api.FxRobot;

/** Context menus in window tests. */
public final class ContextMenus {

    private ContextMenus() {
    }

    /**
     * Right-clicks a node as an operating system does: the click, then the context-menu request that
     * the window receives from the system (Monocle, which runs these tests, sends none of its own).
     */
    public static void rightClick(FxRobot robot, Node node) {
        robot.rightClickOn(node);
        robot.interact(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            double x = b.getWidth() / 2;
            double y = b.getHeight() / 2;
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                    b.getMinX() + x, b.getMinY() + y, false, new PickResult(node, x, y)));
        });
    }

    /** The entries of the context menu on screen, in order. */
    public static List<String> entries(FxRobot robot) {
        return robot.lookup(".context-menu .menu-item .label")
                .match(n -> n.getScene().getWindow().isShowing() && !((Label) n).getText().isEmpty())
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
