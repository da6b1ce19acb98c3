package org.tianbao.ui.nav;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tianbao.ui.Icons;
import org.tianbao.ui.SearchField;
import org.tianbao.ui.edit.AreaModel;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.ItemModel;
import org.tianbao.ui.edit.SearchText;

/**
 * The left pane: a search box, a filter for unfinished rows, and the tree 工作重点 → 工作内容.
 * Filtering never hides the row being edited, so the officer's row does not vanish under the cursor.
 */
public final class FormNavigator {

    private final FormSession session;
    private final VBox view = new VBox();
    private final SearchField search = new SearchField("搜索工作内容、举措或部门"); // Ctrl+F: shown in the 转到 menu
    private final ToggleButton onlyIncomplete = new ToggleButton("只看未完成", Icons.filter());
    private final Label noMatch = new Label("没有符合条件的工作内容");
    private final TreeView<NavigatorNode> tree = new TreeView<>();
    private final TreeItem<NavigatorNode> root = new TreeItem<>();
    private final Map<AreaModel, TreeItem<NavigatorNode>> areaNodes = new HashMap<>();
    private final Map<ItemModel, TreeItem<NavigatorNode>> itemNodes = new HashMap<>();
    private final ReadOnlyObjectWrapper<ItemModel> selectedItem = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    private final ReadOnlyObjectWrapper<AreaModel> selectedArea = new ReadOnlyObjectWrapper<>(this, "selectedArea");
    private Consumer<ItemModel> onOpen = i -> { };
    private Consumer<NavigatorMenus.Request> onRequest = r -> { };

    public FormNavigator(FormSession session) {
        this.session = session;
        search.setId("search");
        onlyIncomplete.setId("only-incomplete");
        onlyIncomplete.setTooltip(new Tooltip("只显示还没有填写举措或部门的工作内容"));
        onlyIncomplete.setFocusTraversable(false);
        // The search field gives way at large text sizes, not the button's label.
        onlyIncomplete.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox tools = new HBox(6, search, onlyIncomplete);
        tools.setPadding(new Insets(8));
        tools.getStyleClass().add("tb-nav-tools");

        tree.setId("form-tree");
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> {
            NavigatorCell cell = new NavigatorCell(session::changedSinceExport);
            NavigatorMenus.attach(cell, this::request);
            return cell;
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        noMatch.getStyleClass().add("tb-muted");
        noMatch.setPadding(new Insets(12));
        noMatch.setVisible(false);
        noMatch.setManaged(false);

        view.getStyleClass().add("tb-navigator");
        view.getChildren().addAll(tools, noMatch, tree);

        for (AreaModel area : session.areas()) {
            TreeItem<NavigatorNode> node = new TreeItem<>(new NavigatorNode.Area(area));
            node.setExpanded(true);
            areaNodes.put(area, node);
            area.items().addListener((ListChangeListener<ItemModel>) c -> refilter());
        }
        search.textProperty().addListener((obs, old, now) -> refilter());
        onlyIncomplete.selectedProperty().addListener((obs, old, now) -> refilter());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> selectionChanged(now));
        // The tree's own F2 (start editing a cell) would swallow the rename shortcut: rename the row instead.
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && selectedItem.get() != null) {
                e.consume();
                onRequest.accept(new NavigatorMenus.Request.Rename(selectedItem.get()));
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selectedItem.get() != null) {
                onOpen.accept(selectedItem.get());
                e.consume();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                tree.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                selectFirstVisible();
                tree.requestFocus();
                e.consume();
            }
        });
        refilter();
    }

    public Node view() {
        return view;
    }

    public TreeView<?> tree() {
        return tree;
    }

    /** Whether the tree has laid out rows that show an item or a key area (the window's first useful frame). */
    public boolean rowsShown() {
        return tree.lookupAll(".tb-nav-cell").stream()
                .anyMatch(n -> n.isVisible() && ((TreeCell<?>) n).getItem() != null);
    }

    /** The row selected in the tree, or null when a key area is selected. */
    public ReadOnlyObjectProperty<ItemModel> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    /** The key area of the selection (the area itself or the area of the selected row). */
    public ReadOnlyObjectProperty<AreaModel> selectedAreaProperty() {
        return selectedArea.getReadOnlyProperty();
    }

    /** Called when the officer presses Enter on a row: the editor takes over. */
    public void setOnOpen(Consumer<ItemModel> handler) {
        this.onOpen = Objects.requireNonNull(handler);
    }

    /** Called for the tree's context-menu actions. */
    public void setOnRequest(Consumer<NavigatorMenus.Request> handler) {
        this.onRequest = Objects.requireNonNull(handler);
    }

    /** Marking a row 不涉及 is the navigator's own business; the rest goes to the window. */
    private void request(NavigatorMenus.Request request) {
        if (request instanceof NavigatorMenus.Request.NotApplicable mark) {
            session.setNotApplicable(mark.item(), mark.on());
        } else {
            onRequest.accept(request);
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusTree() {
        tree.requestFocus();
    }

    public ToggleButton onlyIncompleteToggle() {
        return onlyIncomplete;
    }

    public void select(ItemModel item) {
        TreeItem<NavigatorNode> node = itemNodes.get(item);
        if (node == null || node.getParent() == null) {
            // Hidden by the search or filter: show everything rather than refuse to go there.
            search.clear();
            onlyIncomplete.setSelected(false);
            node = itemNodes.get(item);
        }
        if (node != null) {
            tree.getSelectionModel().select(node);
            int row = tree.getRow(node);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    public void selectArea(AreaModel area) {
        tree.getSelectionModel().select(areaNodes.get(area));
    }

    /** Moves to the next (+1) or previous (-1) visible row, skipping key-area nodes. */
    public void step(int direction) {
        List<ItemModel> visible = visibleItems();
        if (visible.isEmpty()) {
            return;
        }
        ItemModel current = selectedItem.get();
        int index = current == null ? -1 : visible.indexOf(current);
        int next = index < 0 ? (direction > 0 ? 0 : visible.size() - 1)
                : Math.max(0, Math.min(visible.size() - 1, index + direction));
        select(visible.get(next));
    }

    /** Selects the first row after the current one that is not complete, wrapping around. */
    public boolean selectNextIncomplete() {
        List<ItemModel> all = session.items();
        int start = selectedItem.get() == null ? -1 : all.indexOf(selectedItem.get());
        for (int k = 1; k <= all.size(); k++) {
            ItemModel candidate = all.get((start + k + all.size()) % all.size());
            if (!candidate.status().isDone()) {
                select(candidate);
                return true;
            }
        }
        return false;
    }

    /** Rows currently shown, in tree order. */
    public List<ItemModel> visibleItems() {
        List<ItemModel> items = new ArrayList<>();
        for (TreeItem<NavigatorNode> area : root.getChildren()) {
            for (TreeItem<NavigatorNode> child : area.getChildren()) {
                items.add(((NavigatorNode.Item) child.getValue()).item());
            }
        }
        return items;
    }

    private void selectFirstVisible() {
        List<ItemModel> visible = visibleItems();
        if (!visible.isEmpty()) {
            select(visible.get(0));
        }
    }

    private void selectionChanged(TreeItem<NavigatorNode> node) {
        if (node == null) {
            return;
        }
        if (node.getValue() instanceof NavigatorNode.Item i) {
            selectedItem.set(i.item());
            selectedArea.set(session.area(i.item().areaNumber()));
        } else if (node.getValue() instanceof NavigatorNode.Area a) {
            selectedItem.set(null);
            selectedArea.set(a.area());
        }
        if (onlyIncomplete.isSelected()) {
            refilter();
        }
    }

    /** Recomputes which rows are shown; touches the tree only when that set changes. */
    void refilter() {
        String query = SearchText.of(search.getText());
        boolean filterIncomplete = onlyIncomplete.isSelected();
        ItemModel keep = selectedItem.get();
        List<TreeItem<NavigatorNode>> shownAreas = new ArrayList<>();
        for (AreaModel area : session.areas()) {
            boolean areaMatches = !query.isEmpty() && SearchText.of(area.title()).contains(query);
            List<TreeItem<NavigatorNode>> shown = new ArrayList<>();
            for (ItemModel item : area.items()) {
                boolean passesFilter = !filterIncomplete || !item.status().isDone();
                boolean passesSearch = query.isEmpty() || areaMatches || item.matches(query);
                // The row being edited stays while the unfinished-only filter is on; a search shows matches only.
                if (passesSearch && (passesFilter || item == keep)) {
                    shown.add(itemNodes.computeIfAbsent(item, i -> new TreeItem<>(new NavigatorNode.Item(i))));
                }
            }
            TreeItem<NavigatorNode> areaNode = areaNodes.get(area);
            if (!areaNode.getChildren().equals(shown)) {
                areaNode.getChildren().setAll(shown);
            }
            if (!shown.isEmpty() || (query.isEmpty() && !filterIncomplete)) {
                shownAreas.add(areaNode);
            }
        }
        if (!root.getChildren().equals(shownAreas)) {
            root.getChildren().setAll(shownAreas);
        }
        boolean nothing = shownAreas.isEmpty();
        noMatch.setVisible(nothing);
        noMatch.setManaged(nothing);
        if (keep != null && itemNodes.get(keep) != null && itemNodes.get(keep).getParent() != null
                && tree.getSelectionModel().getSelectedItem() != itemNodes.get(keep)) {
            tree.getSelectionModel().select(itemNodes.get(keep));
        }
    }

}
