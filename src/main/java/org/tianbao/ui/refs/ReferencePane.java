package org.tianbao.ui.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
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
import org.tianbao.model.WorkItem;
import org.tianbao.refs.DepartmentMapping;
import org.tianbao.refs.ReferenceHit;
import org.tianbao.refs.ReferenceItem;
import org.tianbao.refs.ReferenceQuery;
import org.tianbao.refs.UnitAnswers;
import org.tianbao.store.DepartmentMappingStore;
import org.tianbao.store.KeptReturns;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.Icons;
import org.tianbao.ui.SearchField;
import org.tianbao.ui.edit.EditorPane;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.ItemEditor;
import org.tianbao.ui.edit.ItemModel;

/**
 * The 参考依据 panel beside the editor: the plan items most related to the selected work item (its text,
 * its key area, what has been written so far), best first, or the items matching the search box. From an
 * item the officer inserts its text into the measures or adds its bodies' county departments. While a
 * 汇总 has kept the returns of the units below, a second source lists what each of them wrote for the row
 * (see {@link KeptReturnsSource}).
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
    private static final String PLANS_SUBTITLE = "国家、省、市计划中的相关条目";
    private static final String PLANS_PROMPT = "搜索全部计划，如“质押融资”";

    /** Pause in typing in the search box before searching. */
    static final Duration SEARCH_DEBOUNCE = Duration.millis(250);

    private final FormSession session;
    private final EditorPane editor;
    private final DepartmentChooser departmentChooser;
    private final KeptReturns keptReturns;
    private final ReferenceSearch search = new ReferenceSearch();
    private final VBox view = new VBox(8);
    private final SearchField searchField = new SearchField(PLANS_PROMPT);
    private final Label status = new Label();
    private final VBox list = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(list);
    private final PauseTransition searchPause = new PauseTransition(SEARCH_DEBOUNCE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final List<ReferenceCard> cards = new ArrayList<>();
    private final Label subtitle = new Label(PLANS_SUBTITLE);
    /** Plans or the units below; made when some units' returns are kept, shown while they are. */
    private SourceSwitch sources;
    /** The kept returns of the units below; null while none are kept (or not yet read). */
    private KeptReturnsSource units;
    /** 全部插入举措, 全部添加部门: made when first shown. */
    private AllUnitsActions allUnits;
    private ItemModel item;
    /** Whether the window has drawn its first frame; until then no search starts (see refresh). */
    private boolean windowDrawn;
    private boolean waitingForWindow;
    private Runnable onClose = () -> { };

    /**
     * @param mappings    where the officer's department mapping is kept; read in the background now, long
     *                    before the first 添加部门
     * @param keptReturns the returns of the units below kept from a 汇总; read after the window's first frame
     */
    public ReferencePane(FormSession session, EditorPane editor, DepartmentMappingStore mappings,
                         KeptReturns keptReturns) {
        this.session = session;
        this.editor = editor;
        this.departmentChooser = new DepartmentChooser(session, mappings);
        session.keepDepartmentNamesIn(departmentChooser);
        this.keptReturns = keptReturns;
        view.setId("references");
        view.getStyleClass().add("tb-references");
        view.setPadding(new Insets(12, 12, 8, 12));
        view.setMinWidth(0);

        Label title = new Label("参考依据");
        title.getStyleClass().add("tb-field-label");
        title.setMinWidth(Region.USE_PREF_SIZE);
        subtitle.getStyleClass().add("tb-muted");
        subtitle.setId("refs-subtitle");
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
        searchField.textProperty().addListener((obs, old, now) -> searchPause.playFromStart());
        searchField.setOnAction(e -> {
            searchPause.stop();
            refresh();
        });
        searchPause.setOnFinished(e -> refresh());

        status.setId("refs-status");
        status.getStyleClass().add("tb-muted");
        status.setWrapText(true);
        // Who wrote a row, who declared it 不涉及, who left it empty: the whole sentence, on several lines.
        status.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("refs-list");
        list.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("tb-ref-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        view.getChildren().addAll(header, searchField, status, scroll);
        refresh();
    }

    private boolean showingUnits() {
        return units != null && sources != null && sources.unitsSelected();
    }

    private void sourceChanged() {
        boolean onUnits = showingUnits();
        subtitle.setText(onUnits ? units.subtitle() : PLANS_SUBTITLE);
        searchField.setPromptText(onUnits ? "搜索各单位的填报，如“质押融资”" : PLANS_PROMPT);
        refresh();
    }

    /**
     * Reads the kept returns of the units below again (a 汇总 just kept new ones: then {@code select} shows
     * them). Read in the background; the panel switches when they arrive.
     */
    public void reloadUnitReturns(boolean select) {
        CompletableFuture.supplyAsync(keptReturns::load).whenComplete((kept, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "cannot read the kept returns of the units below", failure);
                setUnitReturns(KeptReturns.Kept.NONE, false);
            } else {
                setUnitReturns(kept, select);
            }
        }));
    }

    private void setUnitReturns(KeptReturns.Kept kept, boolean select) {
        boolean wasUnits = showingUnits();
        units = kept.isEmpty() ? null : new KeptReturnsSource(kept);
        if (units == null) {
            if (sources != null) {
                sources.setShown(false);
                if (wasUnits) {
                    sources.select(false); // back to the plans (the switch's listener refreshes)
                }
            }
            return;
        }
        if (sources == null) {
            sources = new SourceSwitch(this::sourceChanged, this::forgetUnitReturns);
            view.getChildren().add(1, sources.view());
        }
        sources.setShown(true);
        sources.setUnitCount(units.unitCount());
        if (select && !sources.unitsSelected()) {
            sources.select(true);
        } else if (sources.unitsSelected()) {
            sourceChanged(); // the new returns in place of the old
        }
    }

    /** 不再参考: after the officer confirms, the kept returns are deleted and the panel lists plans again. */
    private void forgetUnitReturns() {
        if (units == null || !Dialogs.confirm(window(), "不再参考下级单位的填报",
                "不再在“参考依据”中列出" + units.subtitle() + "？本单位的表格和汇总文件都不受影响；"
                        + "需要时可在汇总窗口再次“用作填报参考”。", "不再参考")) {
            return;
        }
        session.saves().submit("refs:kept-returns", keptReturns::clear);
        setUnitReturns(KeptReturns.Kept.NONE, false);
    }

    public Node view() {
        return view;
    }

    public SearchField searchField() {
        return searchField;
    }

    /** True while a search is under way (the first one also builds the index). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The items shown, best first. */
    public List<ReferenceItem> shownItems() {
        return cards.stream().map(c -> c.view().getUserData())
                .filter(ReferenceItem.class::isInstance).map(ReferenceItem.class::cast).toList();
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
        showAllUnitsActions(null);
        if (showingUnits()) {
            search.cancel();
            busy.set(false);
            showUnitAnswers(typed);
            return;
        }
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
                // Kept returns were kept to be consulted: the panel opens on them.
                reloadUnitReturns(true);
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
            ReferenceItem reference = hit.item();
            cards.add(new ReferenceCard(ReferenceCard.Content.of(hit), reference, () -> insertMeasures(reference),
                    () -> addDepartments(reference)));
        }
        showCardViews();
    }

    private void showCardViews() {
        list.getChildren().setAll(cards.stream().map(ReferenceCard::view).toList());
        scroll.setVvalue(0);
    }

    /** The units' answers to the selected row, or their rows with the words typed. */
    private void showUnitAnswers(String typed) {
        if (typed.isEmpty() && item == null) {
            cards.clear();
            showCardViews();
            status.setText("在左侧选择一项工作内容，这里列出各单位对它的填报；也可在上面搜索各单位的填报。");
            return;
        }
        KeptReturnsSource.Listing listing = typed.isEmpty() ? units.forItem(item.toEntry().item()) : units.search(typed);
        cards.clear();
        for (int i = 0; i < listing.cards().size(); i++) {
            UnitAnswers.Answer answer = listing.answers().get(i);
            String label = answer.unitName() + (answer.entry().item().isLocal() ? "“" + answer.entry().item().text() + "”"
                    : "编号 " + answer.entry().item().id());
            cards.add(new ReferenceCard(listing.cards().get(i), answer,
                    () -> insertText(answer.entry().measures(), "已插入" + answer.unitName() + "的填报，请按本单位情况修改。"),
                    () -> addDepartments(answer.entry().departments(), AddDepartmentsDialog.Wording.forUnit(label), false)));
        }
        showCardViews();
        status.setText(listing.status());
        showAllUnitsActions(typed.isEmpty() ? listing : null);
    }

    /** Offers 全部插入举措 and 全部添加部门 for a row's listing; hides them otherwise. */
    private void showAllUnitsActions(KeptReturnsSource.Listing listing) {
        if (allUnits == null) {
            if (listing == null) {
                return;
            }
            allUnits = new AllUnitsActions(this::insertText, names -> addDepartments(names,
                    AddDepartmentsDialog.Wording.forUnits(item.kind() == WorkItem.Kind.OFFICIAL ? "各单位编号 " + item.id()
                            : "各单位这一工作重点的“其他”和自行增加的工作"), false));
            view.getChildren().add(view.getChildren().indexOf(status) + 1, allUnits.view());
        }
        allUnits.show(listing);
    }

    /** The units' rows shown (下级单位), in order. */
    public List<UnitAnswers.Answer> shownAnswers() {
        return cards.stream().map(c -> c.view().getUserData())
                .filter(UnitAnswers.Answer.class::isInstance).map(UnitAnswers.Answer.class::cast).toList();
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
        insertText(reference.text(), "已插入" + reference.plan().shortName() + "编号 " + reference.number()
                + " 的内容，请按本单位情况修改。");
    }

    private void insertText(String insert, String done) {
        ItemEditor shown = editor.current();
        if (shown == null || item == null || shown.item() != item) {
            status.setText("请先在左侧选择要填写的工作内容。");
            return;
        }
        TextArea area = shown.measuresArea();
        String existing = area.getText();
        int caret = area.getCaretPosition();
        int at = existing.isEmpty() || caret > 0 ? caret : existing.length();
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
        status.setText(done);
    }

    /**
     * Adds the county departments of a plan item's bodies to the row's 责任部门. When every body maps to
     * a department of the dictionary they are added at once; otherwise the officer is asked first.
     */
    void addDepartments(ReferenceItem reference) {
        addDepartments(reference.bodies(),
                AddDepartmentsDialog.Wording.forPlan(reference.plan().shortName() + "编号 " + reference.number()), true);
    }

    /**
     * Adds names as the row's 责任部门: a plan's bodies ({@code ofPlan}) through the mapping, a unit's
     * departments as they are when the dictionary has them.
     */
    private void addDepartments(List<String> names, AddDepartmentsDialog.Wording wording, boolean ofPlan) {
        if (item == null) {
            status.setText("请先在左侧选择要填写的工作内容。");
            return;
        }
        departmentChooser.choose(window(), names, wording, ofPlan).ifPresent(this::addToItem);
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
        departmentChooser.editMapping(owner);
    }

    /** The 部门对应表 in force. */
    public DepartmentMapping departmentMapping() {
        return departmentChooser.currentMapping();
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }
}
