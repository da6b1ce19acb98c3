package org.tianbao.ui.refs;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Above the units' answers to a row (参考依据 → 下级单位): 全部插入举措 — every unit's measures, a paragraph
 * each headed by the unit — and 全部添加部门 — every department they named, through the 部门对应表 — for a city
 * that writes its own return from its units'. Made when first needed; hidden for a search.
 */
final class AllUnitsActions {

    private final FlowPane view = new FlowPane(14, 2);
    private final Hyperlink insertAll = link("refs-insert-all");
    private final Hyperlink addAll = link("refs-add-all-departments");
    private KeptReturnsSource.Listing listing;

    /**
     * @param insert         inserts a text into the measures, then says the sentence given
     * @param addDepartments adds departments named by the units below, asking as for one unit's
     */
    AllUnitsActions(BiConsumer<String, String> insert, Consumer<List<String>> addDepartments) {
        view.setId("refs-all-units");
        insertAll.setOnAction(e -> insert.accept(listing.compiled(), "已插入 " + listing.compiledUnits()
                + " 个单位的举措，每段前注明单位，请归纳整理为本级的举措。"));
        addAll.setOnAction(e -> addDepartments.accept(listing.departments()));
        view.getChildren().setAll(insertAll, addAll);
    }

    private static Hyperlink link(String id) {
        Hyperlink link = new Hyperlink();
        link.setId(id);
        link.setFocusTraversable(false);
        // A narrow panel or a large text size: on two lines rather than cut.
        link.setWrapText(true);
        link.setMinHeight(Region.USE_PREF_SIZE);
        return link;
    }

    Node view() {
        return view;
    }

    /** Offers the actions a row's listing allows; none for a search or an empty listing. */
    void show(KeptReturnsSource.Listing shown) {
        listing = shown;
        boolean measures = shown != null && !shown.compiled().isEmpty();
        boolean departments = shown != null && !shown.departments().isEmpty();
        if (measures) {
            insertAll.setText("全部插入举措（" + shown.compiledUnits() + " 个单位，每段注明单位）");
        }
        if (departments) {
            addAll.setText("全部添加部门（" + shown.departments().size() + " 个）");
        }
        showIf(insertAll, measures);
        showIf(addAll, departments);
        showIf(view, measures || departments);
    }

    private static void showIf(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
