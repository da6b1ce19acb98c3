package org.tianbao.ui;

import javafx.application.Platform;
import javafx.stage.Window;
import org.tianbao.ui.edit.AreaModel;
import org.tianbao.ui.edit.EditorPane;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.ItemEditor;
import org.tianbao.ui.edit.ItemModel;
import org.tianbao.ui.nav.FormNavigator;
import org.tianbao.ui.nav.NavigatorMenus;

/** Adding, renaming, moving and deleting the unit's own rows (其他 rows of local innovative work). */
final class LocalItemActions {

    private final Window owner;
    private final FormSession session;
    private final FormNavigator navigator;
    private final EditorPane editor;

    LocalItemActions(Window owner, FormSession session, FormNavigator navigator, EditorPane editor) {
        this.owner = owner;
        this.session = session;
        this.navigator = navigator;
        this.editor = editor;
    }

    void handle(NavigatorMenus.Request request) {
        if (request instanceof NavigatorMenus.Request.AddLocal add) {
            add(add.area());
        } else if (request instanceof NavigatorMenus.Request.Rename rename) {
            rename(rename.item());
        } else if (request instanceof NavigatorMenus.Request.Move move) {
            move(move.item(), move.delta());
        } else if (request instanceof NavigatorMenus.Request.Delete delete) {
            delete(delete.item());
        }
    }

    /** Asks for the text of a new row under an area, adds it, and opens it for writing. */
    void add(AreaModel area) {
        if (area == null) {
            area = session.areas().get(0);
        }
        AreaModel target = area;
        Dialogs.askText(owner, "在“" + target.title() + "”下新增本单位开展的工作",
                "工作内容：", "").ifPresent(text -> {
                    ItemModel item = session.addLocalItem(target.number(), text);
                    navigator.select(item);
                    Platform.runLater(() -> {
                        ItemEditor shown = editor.current();
                        if (shown != null && shown.item() == item) {
                            shown.focusMeasures();
                        }
                    });
                });
    }

    void rename(ItemModel item) {
        if (item == null || !item.isLocal()) {
            return;
        }
        navigator.select(item);
        ItemEditor shown = editor.show(item);
        shown.localTextField().requestFocus();
        shown.localTextField().selectAll();
    }

    void move(ItemModel item, int delta) {
        if (item != null && session.moveLocalItem(item, delta)) {
            navigator.select(item);
        }
    }

    void delete(ItemModel item) {
        if (item == null || !item.isLocal()) {
            return;
        }
        if (Dialogs.confirm(owner, "删除本单位工作", "删除“" + item.text() + "”及为它填写的举措和责任部门？此操作不能撤销。",
                "删除")) {
            AreaModel area = session.area(item.areaNumber());
            int index = area.items().indexOf(item);
            session.deleteLocalItem(item);
            if (area.items().isEmpty()) {
                navigator.selectArea(area);
            } else {
                navigator.select(area.items().get(Math.min(index, area.items().size() - 1)));
            }
        }
    }
}
