package org.tianbao.ui.nav;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.tianbao.model.EntryStatus;
import org.tianbao.ui.Icons;
import org.tianbao.ui.edit.AreaModel;
import org.tianbao.ui.edit.ItemModel;

/** The tree's context menus: add a row of the unit's own; rename, move or delete one; mark a row 不涉及. */
public final class NavigatorMenus {

    /** What the officer asked for from a context menu. */
    public sealed interface Request {
        record AddLocal(AreaModel area) implements Request {
        }

        record Rename(ItemModel item) implements Request {
        }

        record Move(ItemModel item, int delta) implements Request {
        }

        record Delete(ItemModel item) implements Request {
        }

        /** Mark an attachment's row as not concerning the unit (on), or take the mark back. */
        record NotApplicable(ItemModel item, boolean on) implements Request {
        }
    }

    private NavigatorMenus() {
    }

    static void attach(NavigatorCell cell, Consumer<Request> sink) {
        // A filter, not a handler: the cell shows its context menu from a handler of its own, which
        // runs before one set with setOnContextMenuRequested. The menu is made for the row the cell
        // shows now (cells are reused for other rows as the tree scrolls), and an empty cell has none.
        cell.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            NavigatorNode node = cell.isEmpty() ? null : cell.getItem();
            cell.setContextMenu(node == null ? null : menuFor(cell, node, sink));
        });
    }

    private static ContextMenu menuFor(NavigatorCell cell, NavigatorNode node, Consumer<Request> sink) {
        ContextMenu menu = new ContextMenu();
        if (node instanceof NavigatorNode.Area a) {
            menu.getItems().add(item("在此工作重点下新增本单位工作…", () -> sink.accept(new Request.AddLocal(a.area()))));
        } else if (node instanceof NavigatorNode.Item i) {
            ItemModel model = i.item();
            AreaModel area = cell.getTreeItem().getParent().getValue() instanceof NavigatorNode.Area pa ? pa.area() : null;
            if (area != null) {
                menu.getItems().add(item("在此工作重点下新增本单位工作…", () -> sink.accept(new Request.AddLocal(area))));
            }
            if (model.status() == EntryStatus.NOT_APPLICABLE) {
                menu.getItems().addAll(new SeparatorMenuItem(),
                        item("取消不涉及", () -> sink.accept(new Request.NotApplicable(model, false))));
            } else if (!model.isLocal() && model.measuresProperty().get().isBlank()) {
                menu.getItems().addAll(new SeparatorMenuItem(),
                        item("本单位不涉及", () -> sink.accept(new Request.NotApplicable(model, true))));
            }
            if (model.isLocal()) {
                menu.getItems().addAll(new SeparatorMenuItem(),
                        item("重命名", () -> sink.accept(new Request.Rename(model))),
                        item("上移", () -> sink.accept(new Request.Move(model, -1))),
                        item("下移", () -> sink.accept(new Request.Move(model, 1))),
                        new SeparatorMenuItem(),
                        item("删除…", () -> sink.accept(new Request.Delete(model))));
            }
        }
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        if (text.startsWith("在此")) {
            item.setGraphic(Icons.add());
        }
        return item;
    }
}
