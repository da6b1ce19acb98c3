package org.tianbao.ui.nav;

import org.tianbao.ui.edit.AreaModel;
import org.tianbao.ui.edit.ItemModel;

/** A node of the navigation tree: a key area or one of its rows. */
sealed interface NavigatorNode {

    record Area(AreaModel area) implements NavigatorNode {
    }

    record Item(ItemModel item) implements NavigatorNode {
    }
}
