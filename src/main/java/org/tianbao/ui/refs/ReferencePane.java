package org.tianbao.ui.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.tianbao.model.WorkItem;
import org.tianbao.refs.DepartmentMapping;
import org.tianbao.refs.DepartmentProposal;
import org.tianbao.refs.ReferenceHit;
import org.tianbao.refs.ReferenceItem;
import org.tianbao.refs.ReferenceQuery;
import org.tianbao.store.DepartmentMappingStore;
import org.tianbao.ui.Icons;
import org.tianbao.ui.edit.EditorPane;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.ItemEditor;
import org.tianbao.ui.edit.ItemModel;

/**
 * The 参考依据 panel beside the editor: the plan items most related to the selected work item (its text,
 * its key area, what has been written so far), best first, or the items matching the search box. From an
 * item the officer inserts its text into the measures or adds its bodies' county departments.
 *
 * <p>Searches run on a background thread and only the latest is shown, so moving through the rows never
 * waits for them; the index is built on first use and kept.
 */
public final class ReferencePane {

    private static final Logger LOG = Logger.getLogger(ReferencePane.class.getName());

    /** Items listed for a work item. */
    static final int RELATED_COUNT = 8;
    /** Items listed for a search. */
    static final int SEARCH_COUNT = 20;
    /** Pause in typing in the search box before searching. */
    static final Duration SEARCH_DEBOUNCE = Duration.millis(250);

    private final FormSession session;
    private final EditorPane editor;
    private final DepartmentMappingStore mappings;
    private final ReferenceSearch search = new ReferenceSearch();
    private final VBox view = new VBox(8);
    private final CustomTextField searchField = (CustomTextField) TextFields.createClearableTextField();
    private final Label status = new Label();
    private final VBox list = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(list);
    private final PauseTransition searchPause = new PauseTransition(SEARCH_DEBOUNCE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final List<ReferenceCard> cards = new ArrayList<>();
    private CompletableFuture<DepartmentMapping> mapping;
    private ItemModel item;
    /** Whether the window has drawn its first frame; until then no search starts (see refresh). */
    private boolean windowDrawn;
    private boolean waitingForWindow;
    private Runnable onClose = () -> { };

    /**
     * @param mappings where the officer's department mapping is kept; read in the background now, long
     *                 before the first 添加部门
     */
    public ReferencePane(FormSession session, EditorPane editor, DepartmentMappingStore mappings) {
        this.session = session;
        this.editor = editor;
        this.mappings = mappings;
        this.mapping = CompletableFuture.supplyAsync(mappings::load);
        view.setId("references");
        view.getStyleClass().add("tb-references");
        view.setPadding(new Insets(12, 12, 8, 12));
        view.setMinWidth(0);

        Label title = new Label("参考依据");
        title.getStyleClass().add("tb-field-label");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label subtitle = new Label("国家、省、市计划中的相关条目");
        subtitle.getStyleClass().add("tb-muted");
        Button close = new Button(null, Icons.close());
        close.getStyleClass().add("tb-chip-remove");
        close.setTooltip(new Tooltip("收起参考依据（F9 再次打开）"));
        close.setFocusTraversable(false);
        close.setOnAction(e -> onClose.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, subtitle, gap, close);
        header.setAlignment(Pos.BASELINE_LEFT);

        searchField.setId("refs-search");
        searchField.setPromptText("搜索全部计划，如“质押融资”");
        searchField.setLeft(Icons.search());
        searchField.textProperty().addListener((obs, old, now) -> searchPause.playFromStart());
        searchField.setOnAction(e -> {
            searchPause.stop();
            refresh();
        });
        searchPause.setOnFinished(e -> refresh());

        status.setId("refs-status");
        status.getStyleClass().add("tb-muted");
        status.setWrapText(true);
        list.setId("refs-list");
        list.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("tb-ref-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        view.getChildren().addAll(header, searchField, status, scroll);
        refresh();
    }

    public Node view() {
        return view;
    }

    public CustomTextField searchField() {
        return searchField;
    }

    /** True while a search is under way (the first one also builds the index). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The items shown, best first. */
    public List<ReferenceItem> shownItems() {
        return cards.stream().map(c -> c.hit().item()).toList();
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    /** Lists the references of a work item (or nothing, for none). FX thread; returns at once. */
    public void show(ItemModel workItem) {
        this.item = workItem;
        if (searchField.getText().isBlank()) {
            refresh();
        }
    }

    /** Runs the search the panel stands for now: the search box's text, or the selected work item. */
    public void refresh() {
        if (!view.isVisible()) {
            search.cancel();
            return;
        }
        String typed = searchField.getText().strip();
        ReferenceQuery query;
        String heading;
        if (!typed.isEmpty()) {
            query = ReferenceQuery.text(typed);
            heading = "搜索“" + typed + "”";
        } else if (item != null) {
            query = ReferenceQuery.forWorkItem(item.kind() == WorkItem.Kind.OTHER ? "" : item.text(),
                    session.area(item.areaNumber()).title(), item.measuresProperty().get());
            heading = "与所选工作内容相关";
        } else {
            search.cancel();
            busy.set(false);
            showCards(List.of());
            status.setText("在左侧选择一项工作内容，这里列出国家、省、市计划中的相关条目；也可在上面搜索全部计划。");
            return;
        }
        busy.set(true);
        if (!ReferenceSearch.isReady()) {
            status.setText("正在载入参考资料……");
        }
        if (!windowDrawn) {
            // The first search builds the index, about a second of work for both cores: it waits for the
            // window's first frame, so that the officer sees the window (and the tree) first.
            whenWindowDrawn(() -> {
                windowDrawn = true;
                refresh();
            });
            return;
        }
        int limit = typed.isEmpty() ? RELATED_COUNT : SEARCH_COUNT;
        search.run(query, limit, hits -> {
            busy.set(false);
            showCards(hits);
            status.setText(hits.isEmpty() ? heading + "：没有找到相关条目。"
                    : heading + "：" + hits.size() + " 条，最相关的在前");
        }, failure -> {
            busy.set(false);
            showCards(List.of());
            status.setText("参考资料无法载入，详情已写入日志文件。");
        });
    }

    /** Runs the action once the pane's window is showing and has drawn a frame (two animation pulses). */
    private void whenWindowDrawn(Runnable action) {
        if (waitingForWindow) {
            return;
        }
        waitingForWindow = true;
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                Window window = view.getScene() == null ? null : view.getScene().getWindow();
                if (window != null && window.isShowing() && ++pulses >= 2) {
                    stop();
                    waitingForWindow = false;
                    action.run();
                }
            }
        }.start();
    }

    private void showCards(List<ReferenceHit> hits) {
        cards.clear();
        for (ReferenceHit hit : hits) {
            cards.add(new ReferenceCard(hit, this::insertMeasures, this::addDepartments));
        }
        list.getChildren().setAll(cards.stream().map(ReferenceCard::view).toList());
        scroll.setVvalue(0);
    }

    /** Shows or hides the panel; a hidden panel does not search. */
    public void setShown(boolean shown) {
        view.setVisible(shown);
        view.setManaged(shown);
        if (shown) {
            refresh();
        } else {
            search.cancel();
        }
    }

    /**
     * Inserts a plan item's text into the measures of the row being edited: at the caret, on lines of its
     * own, or at the end when the caret was never placed in the text. Saved at once; Ctrl+Z undoes it.
     */
    void insertMeasures(ReferenceItem reference) {
        ItemEditor shown = editor.current();
        if (shown == null || item == null || shown.item() != item) {
            status.setText("请先在左侧选择要填写的工作内容。");
            return;
        }
        TextArea area = shown.measuresArea();
        String existing = area.getText();
        int caret = area.getCaretPosition();
        int at = existing.isEmpty() || caret > 0 ? caret : existing.length();
        String insert = reference.text();
        if (at > 0 && existing.charAt(at - 1) != '\n') {
            insert = "\n" + insert;
        }
        if (at < existing.length() && existing.charAt(at) != '\n') {
            insert = insert + "\n";
        }
        area.insertText(at, insert);
        area.requestFocus();
        area.positionCaret(at + insert.length());
        session.flush(item);
        status.setText("已插入" + reference.plan().shortName() + "编号 " + reference.number() + " 的内容，请按本单位情况修改。");
    }

    /**
     * Adds the county departments of a plan item's bodies to the row's 责任部门. When every body maps to
     * a department of the dictionary they are added at once; otherwise the officer is asked first.
     */
    void addDepartments(ReferenceItem reference) {
        if (item == null) {
            status.setText("请先在左侧选择要填写的工作内容。");
            return;
        }
        DepartmentMapping current = currentMapping();
        List<DepartmentProposal> proposals = current.propose(reference.bodies(), session.departmentNames());
        List<String> departments;
        if (proposals.stream().allMatch(DepartmentProposal::isKnown)) {
            departments = DepartmentMapping.departmentsOf(proposals);
        } else {
            AddDepartmentsDialog dialog = new AddDepartmentsDialog(window(),
                    reference.plan().shortName() + "编号 " + reference.number(), proposals,
                    List.copyOf(session.departmentNames()));
            var choice = dialog.showAndWait();
            if (choice.isEmpty()) {
                return;
            }
            departments = choice.get().departments();
            if (!choice.get().remembered().isEmpty()) {
                DepartmentMapping updated = current;
                for (DepartmentMapping.Rule rule : choice.get().remembered()) {
                    updated = updated.withRuleFirst(rule.keyword(), rule.department());
                }
                saveMapping(updated);
            }
        }
        addToItem(departments);
    }

    private void addToItem(List<String> departments) {
        List<String> fresh = departments.stream().filter(d -> !item.departments().contains(d)).toList();
        if (fresh.isEmpty()) {
            status.setText(departments.isEmpty() ? "没有添加部门。" : "责任部门中已有：" + String.join("、", departments) + "。");
            return;
        }
        item.departments().addAll(fresh);
        session.flush(item);
        status.setText("已添加责任部门：" + String.join("、", fresh) + "。");
    }

    /** Opens the department mapping editor. */
    public void editMapping(Window owner) {
        new DepartmentMappingDialog(owner, currentMapping(), List.copyOf(session.departmentNames()))
                .showAndWait().ifPresent(result -> {
                    if (result instanceof DepartmentMappingDialog.Save save) {
                        saveMapping(save.mapping());
                    } else {
                        mapping = CompletableFuture.completedFuture(DepartmentMapping.defaults());
                        session.saves().submit("refs:mapping", mappings::reset);
                    }
                });
    }

    private void saveMapping(DepartmentMapping updated) {
        mapping = CompletableFuture.completedFuture(updated);
        session.saves().submit("refs:mapping", () -> mappings.save(updated));
    }

    /** The mapping in force; its first load is short, and done long before the first click. */
    private DepartmentMapping currentMapping() {
        try {
            return mapping.join();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot load the department mapping; using the default", e);
            mapping = CompletableFuture.completedFuture(DepartmentMapping.defaults());
            return mapping.join();
        }
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }
}
