package org.tianbao.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.tianbao.app.AppInfo;
import org.tianbao.model.UnitInfo;
import org.tianbao.store.ExportHistory;
import org.tianbao.store.KeptReturns;
import org.tianbao.store.StoreException;
import org.tianbao.store.Workspace;
import org.tianbao.ui.backup.AutoBackup;
import org.tianbao.ui.backup.BackupActions;
import org.tianbao.ui.consolidate.ConsolidationWindow;
import org.tianbao.ui.transfer.ExportDoneDialog;
import org.tianbao.ui.transfer.PrintAction;
import org.tianbao.ui.transfer.DroppedFiles;
import org.tianbao.ui.transfer.MergeActions;
import org.tianbao.ui.transfer.TransferActions;
import org.tianbao.ui.edit.AreaModel;
import org.tianbao.ui.edit.EditorPane;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.ItemEditor;
import org.tianbao.ui.edit.ItemModel;
import org.tianbao.ui.edit.PunctuationDialog;
import org.tianbao.ui.edit.ReplaceDialog;
import org.tianbao.ui.nav.FormNavigator;
import org.tianbao.ui.refs.ReferencePane;
import org.tianbao.ui.settings.DepartmentDictionaryDialog;
import org.tianbao.ui.settings.DepartmentLevels;
import org.tianbao.ui.settings.UnitInfoDialog;

/**
 * The main window: menu, a banner while the unit is not set, the navigator on the left, the editor on
 * the right, and a status bar that says when the last change was saved.
 *
 * <p>On opening, the first frame holds the menu, the navigator and the status bar; the editor and the
 * 参考依据 panel join it a few pulses later ({@link FirstFrame}), styled and laid out while the first frame
 * is being drawn. Until then their places are empty panes of their own background.
 */
public final class MainWindow {

    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    /** Setting: the 汇总 window's list of units that owe a return, one a line. */
    static final String EXPECTED_UNITS_SETTING = "consolidate.expected-units";
    private static final KeyCombination REPLACE_KEY = KeyCombination.keyCombination("Shortcut+H");

    private final Stage stage;
    private final Workspace workspace;
    private final FormSession session;
    private final FormNavigator navigator;
    private final EditorPane editor;
    private final TextSize textSize;
    private final LocalItemActions localItems;
    private final ReferencePane references;
    private final CheckMenuItem referencesShown = new CheckMenuItem("参考依据");
    private final StatusLine statusLine;
    private final BorderPane root = new BorderPane();
    private final StackPane editorSlot = slot("tb-editor-slot");
    private final StackPane referencesSlot = slot("tb-references-slot");
    private final SplitPane split;
    /** The menu and the banners under it. */
    private final VBox top = new VBox();
    /** Where the 参考依据 panel's divider stands, or stood before F9 hid the panel. */
    private double referencesDivider;
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final AutoBackup autoBackup;
    private final BackupActions backups;
    private final TransferActions transfers;
    private final MergeActions merges;
    private final DroppedFiles dropped;
    private FileDialogs fileDialogs = FileDialogs.nativeDialogs();
    /** Opens files with the system's programs; tests record instead. */
    private DesktopActions desktop = DesktopActions.forThisComputer();
    private final PrintAction printing;
    private final Supplier<WindowPlacement> placement;

    public MainWindow(Stage stage, Workspace workspace, FormSession session, int initialTextSize) {
        this(stage, workspace, session, initialTextSize, Optional.empty());
    }

    /**
     * @param placement where the window was when it last closed; it opens there (kept on a screen), or
     *                  at the default size fitted to the screen
     */
    public MainWindow(Stage stage, Workspace workspace, FormSession session, int initialTextSize,
                      Optional<WindowPlacement> placement) {
        this.stage = stage;
        this.workspace = workspace;
        this.session = session;
        this.autoBackup = new AutoBackup(workspace, session.saves());
        this.backups = new BackupActions(stage, workspace, session.saves(),
                FileDialogs.delegatingTo(() -> fileDialogs), this::reload);
        this.navigator = new FormNavigator(session);
        this.editor = new EditorPane(session);
        this.textSize = new TextSize(initialTextSize);
        this.localItems = new LocalItemActions(stage, session, navigator, editor);
        this.transfers = new TransferActions(stage, workspace, session, FileDialogs.delegatingTo(() -> fileDialogs),
                this::goTo, this::editUnit, this::reload, this::exported);
        this.merges = new MergeActions(stage, workspace, session.saves(), FileDialogs.delegatingTo(() -> fileDialogs),
                id -> {
                    MainWindow next = reload();
                    next.session().item(id).ifPresent(next.navigator()::select);
                });
        this.dropped = new DroppedFiles(stage, transfers::importFile, merges::merge,
                files -> files.forEach(openConsolidation()::addSource));
        this.references = new ReferencePane(session, editor, workspace.departmentMapping(), workspace.keptReturns());
        this.printing = new PrintAction(stage, workspace, session.saves(), file -> desktop.openFile(file));

        split = new SplitPane(navigator.view(), editorSlot, referencesSlot);
        split.setId("main-split");
        SplitPane.setResizableWithParent(navigator.view(), false);
        SplitPane.setResizableWithParent(referencesSlot, false);
        this.statusLine = new StatusLine(session);
        top.getChildren().setAll(buildMenu().bar(), statusLine.unitBanner(this::editUnit));
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(statusLine.statusBar(textSize, transfers::exportForm));
        root.getStyleClass().add("tb-root");
        textSize.applyTo(root);
        textSize.sizeProperty().addListener((obs, old, now) ->
                session.saves().submit("setting:" + TextSize.SETTING,
                        () -> workspace.settings().put(TextSize.SETTING, Integer.toString(now.intValue()))));

        // Until the editor and the panel are in the window, the selection waits for them (complete()).
        navigator.selectedItemProperty().addListener((obs, old, item) -> {
            if (complete.get()) {
                showItem(item);
            }
        });
        referencesShown.setSelected(true);
        referencesShown.selectedProperty().addListener((obs, was, shown) -> showReferences(shown));
        usePanels(workspace.settings().get(PanelLayout.SETTING).flatMap(PanelLayout::parse).orElse(PanelLayout.DEFAULT));
        references.setOnClose(() -> referencesShown.setSelected(false));
        navigator.selectedAreaProperty().addListener((obs, old, area) -> {
            if (complete.get()) {
                showArea(area);
            }
        });
        navigator.setOnOpen(item -> editor.show(item).focusMeasures());
        navigator.setOnRequest(localItems::handle);
        editor.setOnAddLocal(localItems::add);

        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowPlacement place = placement.map(p -> p.onto(screens))
                .orElseGet(() -> WindowPlacement.fitted(Screen.getPrimary().getVisualBounds()));
        Scene scene = new Scene(root, place.width(), place.height());
        scene.getStylesheets().add(Styles.APP_CSS);
        // Ctrl+H is 查找和替换 in Word and WPS. A JavaFX text field takes it for Backspace and would delete
        // the very text the officer selected to look for, before the menu's accelerator is asked.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REPLACE_KEY.match(e)) {
                e.consume();
                replaceText();
            }
        });
        FileDrop.accept(root, dropped::dropped);
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> title(session.unitProperty().get()),
                session.unitProperty()));
        stage.setOnCloseRequest(this::onCloseRequest);
        if (!stage.isShowing()) {
            place.applyTo(stage);
        }
        this.placement = WindowPlacement.track(stage);

        session.items().stream().filter(i -> !i.status().isDone()).findFirst()
                .or(() -> session.items().stream().findFirst())
                .ifPresent(navigator::select);
        // Arrow keys work at once: the tree, not the search box, has the focus when the window opens.
        stage.setOnShown(e -> {
            navigator.focusTree();
            autoBackup.start();
            FirstFrame.then(navigator::rowsShown, this::complete);
        });
        stage.getProperties().put(MainWindow.class, this);
        if (stage.isShowing()) {
            // A reload (after a restore or an import) replaces a window already on screen: no first frame,
            // and no onShown, so the tree takes the focus here, as when the window opens (else the first
            // button would get it). The split pane puts the tree in the scene only with its skin: style first.
            complete();
            autoBackup.start();
            root.applyCss();
            navigator.focusTree();
        }
    }

    private static StackPane slot(String styleClass) {
        StackPane slot = new StackPane();
        slot.getStyleClass().add(styleClass);
        slot.setMinWidth(0);
        return slot;
    }

    /** Puts the editor and the 参考依据 panel into the window (see the class comment). */
    private void complete() {
        if (!stage.isShowing() || of(stage) != this) {
            return; // closed (its data folder released) or replaced before its first frame came
        }
        readLastExport();
        editorSlot.getChildren().setAll(editor.view());
        referencesSlot.getChildren().setAll(references.view());
        try {
            departmentLevels().banner().ifPresent(top.getChildren()::add);
        } catch (RuntimeException e) {
            // An offer, not the form: the window completes without it.
            LOG.log(Level.WARNING, "could not tell whether to offer department names for the unit's level", e);
        }
        complete.set(true);
        showItem(navigator.selectedItemProperty().get());
        showArea(navigator.selectedAreaProperty().get());
    }

    /** After the first frame: the tree then marks the rows changed since the last export. */
    private void readLastExport() {
        try {
            session.exportedProperty().set(workspace.exports().last().map(ExportHistory.Version::form).orElse(null));
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "the last export could not be read; rows are not marked as changed", e);
        }
    }

    private void showItem(ItemModel item) {
        if (item != null) {
            editor.show(item);
        }
        references.show(item);
    }

    /** A key area's summary, when the area itself (not one of its rows) is selected. */
    private void showArea(AreaModel area) {
        if (navigator.selectedItemProperty().get() == null && area != null) {
            editor.show(area);
        }
    }

    /** Whether the editor and the 参考依据 panel are in the window (shortly after it first shows). */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** The window currently shown on a stage (a reload replaces it). */
    public static MainWindow of(Stage stage) {
        return (MainWindow) stage.getProperties().get(MainWindow.class);
    }

    /** Replaces the native file choosers (tests cannot show them headless). */
    /** The system's programs, as a test records them. */
    void setDesktop(DesktopActions desktop) {
        this.desktop = desktop;
    }

    public void setFileDialogs(FileDialogs dialogs) {
        this.fileDialogs = dialogs;
    }

    public FileDialogs fileDialogs() {
        return fileDialogs;
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Rebuilds the window from the database, after a restore or an import replaced its content. Pending
     * edits must have been written first (the callers flush). The same save queue carries on.
     */
    public MainWindow reload() {
        autoBackup.stop();
        statusLine.dispose();
        FormSession fresh = new FormSession(workspace.forms().load(), workspace.departments().names(),
                workspace.forms(), workspace.departments(), session.saves());
        MainWindow next = new MainWindow(stage, workspace, fresh, textSize.size());
        next.setFileDialogs(fileDialogs);
        next.usePanels(panels());
        return next;
    }

    private static String title(UnitInfo unit) {
        return AppInfo.NAME + " — " + (unit.hasUnitName() ? unit.unitName() : "未设置填报单位");
    }

    public Stage stage() {
        return stage;
    }

    public FormNavigator navigator() {
        return navigator;
    }

    public EditorPane editor() {
        return editor;
    }

    public TextSize textSize() {
        return textSize;
    }

    public FormSession session() {
        return session;
    }

    public ReferencePane references() {
        return references;
    }

    /** Shows or hides the 参考依据 panel, giving its width back to the editor (and taking it again). */
    private void showReferences(boolean shown) {
        references.setShown(shown);
        if (shown && !split.getItems().contains(referencesSlot)) {
            split.getItems().add(referencesSlot);
            split.setDividerPosition(1, referencesDivider);
        } else if (!shown && split.getItems().contains(referencesSlot)) {
            referencesDivider = split.getDividerPositions()[1];
            split.getItems().remove(referencesSlot);
        }
    }

    /** How the panels are laid out now. */
    private PanelLayout panels() {
        double[] at = split.getDividerPositions();
        boolean shown = split.getItems().contains(referencesSlot);
        return new PanelLayout(at[0], shown ? at[1] : referencesDivider, shown);
    }

    private void usePanels(PanelLayout layout) {
        referencesDivider = layout.references();
        if (split.getItems().contains(referencesSlot)) {
            split.setDividerPositions(layout.navigator(), layout.references());
        } else {
            split.setDividerPositions(layout.navigator());
        }
        referencesShown.setSelected(layout.referencesShown());
    }

    /** The 汇总 window, with the list of units that owe a return kept from the last time. */
    private ConsolidationWindow openConsolidation() {
        String expected = workspace.settings().get(EXPECTED_UNITS_SETTING).orElse("");
        return ConsolidationWindow.show(stage, FileDialogs.delegatingTo(() -> fileDialogs), expected,
                text -> session.saves().submit("setting:" + EXPECTED_UNITS_SETTING,
                        () -> workspace.settings().put(EXPECTED_UNITS_SETTING, text)),
                this::keepForReference);
    }

    /**
     * 汇总 → 用作填报参考 (off the FX thread): the returns replace those kept before, then the 参考依据 panel
     * of the window on the stage now (an import since the 汇总 window opened puts a new one there) shows them.
     */
    private void keepForReference(List<KeptReturns.KeptReturn> returns) {
        workspace.keptReturns().replace(returns, java.time.OffsetDateTime.now());
        javafx.application.Platform.runLater(() -> {
            MainWindow current = of(stage);
            if (current != null) {
                current.referencesShown.setSelected(true);
                current.references.reloadUnitReturns(true);
            }
        });
    }

    private MainMenu buildMenu() {
        MainMenu menu = new MainMenu();
        Menu file = menu.menu("文件");
        MainMenu.item(file, "menu-export", "导出表格（.xlsx）…", "Shortcut+E", e -> transfers.exportForm());
        MainMenu.item(file, "menu-export-word", "导出为 Word 文档（.docx）…", null, e -> transfers.exportWordDocument());
        MainMenu.item(file, "menu-export-marked", "导出并标出修改（红色字）…", null, e -> transfers.exportMarkingChanges());
        MainMenu.item(file, "menu-export-departments", "导出部门分工表（.xlsx）…", null,
                e -> transfers.exportDepartmentTasks());
        MainMenu.item(file, "menu-print", "打印…", "Shortcut+P", e -> printing.print());
        MainMenu.item(file, "menu-import", "导入表格…", "Shortcut+I", e -> transfers.importForm());
        MainMenu.item(file, "menu-merge", "合并各部门填写的表格…", null, e -> merges.merge());
        MainMenu.item(file, "menu-consolidate", "汇总多个单位的表格…", "Shortcut+Shift+H",
                e -> openConsolidation());
        MainMenu.separator(file);
        // Everything is saved as it is typed; Ctrl+S, pressed by habit from Word and WPS, writes at once what
        // waits for the pause in typing, and the status bar says when it is on disk.
        MainMenu.item(file, "menu-save", "立即保存", "Shortcut+S", e -> session.saves().flushAll());
        MainMenu.item(file, "menu-unit", "填报单位信息…", "Shortcut+Shift+U", e -> editUnit());
        MainMenu.separator(file);
        MainMenu.item(file, "menu-backup", "备份到文件…", null, e -> backups.backupToFile());
        MainMenu.item(file, "menu-restore", "从备份恢复…", null, e -> backups.restore());
        MainMenu.separator(file);
        MainMenu.item(file, "menu-quit", "退出", "Shortcut+Q", e -> {
            if (requestClose()) {
                stage.close();
            }
        });

        Menu edit = menu.menu("编辑");
        MainMenu.item(edit, "menu-add-local", "新增本单位工作…", "Shortcut+N",
                e -> localItems.add(navigator.selectedAreaProperty().get()));
        MainMenu.item(edit, "menu-rename-local", "重命名本单位工作", "F2", e -> localItems.rename(selected()));
        MainMenu.item(edit, "menu-move-up", "上移本单位工作", "Alt+Shift+Up", e -> localItems.move(selected(), -1));
        MainMenu.item(edit, "menu-move-down", "下移本单位工作", "Alt+Shift+Down", e -> localItems.move(selected(), 1));
        MainMenu.item(edit, "menu-delete-local", "删除本单位工作…", null, e -> localItems.delete(selected()));
        MainMenu.separator(edit);
        MainMenu.item(edit, "menu-departments-from-above", "责任部门同上一项", "Shortcut+D", e -> {
            if (selected() != null) {
                session.copyDepartmentsFromAbove(selected());
            }
        });
        MainMenu.item(edit, "menu-replace", "查找和替换…", REPLACE_KEY.getName(), e -> replaceText());
        MainMenu.item(edit, "menu-punctuation", "规范标点…", null,
                e -> PunctuationDialog.show(stage, session, autoBackup::backUpNow).ifPresent(this::goTo));
        MainMenu.item(edit, "menu-dictionary", "部门词典…", null, e -> editDictionary());
        MainMenu.item(edit, "menu-department-mapping", "部门对应表…", null, e -> references.editMapping(stage));
        MainMenu.item(edit, "menu-department-level", "部门名称改为本单位级别…", null, e -> departmentLevels().requested());

        Menu go = menu.menu("转到");
        MainMenu.item(go, "menu-search", "搜索", "Shortcut+F", e -> navigator.focusSearch());
        var onlyIncomplete = MainMenu.check(go, "menu-only-incomplete", "只看未完成", "Shortcut+Shift+F");
        onlyIncomplete.selectedProperty().bindBidirectional(navigator.onlyIncompleteToggle().selectedProperty());
        MainMenu.separator(go);
        MainMenu.item(go, "menu-previous", "上一项", "Alt+Up", e -> stepAndKeepFocus(-1));
        MainMenu.item(go, "menu-next", "下一项", "Alt+Down", e -> stepAndKeepFocus(1));
        MainMenu.item(go, "menu-next-incomplete", "下一个未完成项", "Shortcut+J", e -> {
            if (navigator.selectNextIncomplete()) {
                editor.current().focusMeasures();
            } else {
                Dialogs.info(stage, "全部完成", "每一项都已填写举措和责任部门。");
            }
        });
        MainMenu.item(go, "menu-tree", "回到目录", "F6", e -> navigator.focusTree());

        Menu view = menu.menu("视图");
        MainMenu.item(view, "menu-larger", "放大字号", "Shortcut+EQUALS", e -> textSize.larger());
        MainMenu.item(view, "menu-smaller", "缩小字号", "Shortcut+MINUS", e -> textSize.smaller());
        MainMenu.item(view, "menu-default-size", "默认字号", "Shortcut+0", e -> textSize.reset());
        MainMenu.separator(view);
        referencesShown.setId("menu-references");
        referencesShown.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("F9"));
        view.getItems().add(referencesShown);

        Menu help = menu.menu("帮助");
        MainMenu.item(help, "menu-guide", "使用说明", null, e -> GuideDialog.show(stage));
        MainMenu.item(help, "menu-keys", "快捷键", "F1", e -> ShortcutsDialog.show(stage));
        MainMenu.item(help, "menu-about", "关于填报通", null, e -> AboutDialog.show(stage, workspace.folder().root(),
                this::openFolder));
        return menu;
    }

    private void openFolder(Path folder) {
        desktop.openFile(stage, folder);
    }

    private ItemModel selected() {
        return navigator.selectedItemProperty().get();
    }

    /** Alt+↓/↑ from the editor keeps the caret in the editor; from the tree, the tree keeps focus. */
    private void stepAndKeepFocus(int direction) {
        boolean inEditor = stage.getScene().getFocusOwner() != null
                && !navigator.tree().isFocused();
        navigator.step(direction);
        ItemEditor shown = editor.current();
        if (inEditor && shown != null) {
            shown.focusMeasures();
        }
    }

    /** Selects an item and puts the caret in its measures. */
    private void goTo(ItemModel item) {
        navigator.select(item);
        editor.show(item).focusMeasures();
    }

    private void exported(Path file) {
        ExportDoneDialog.show(stage, file, f -> desktop.openFile(stage, f), f -> desktop.showInFolder(stage, f));
    }

    /** What happens to files dragged onto the window. */
    public DroppedFiles droppedFiles() {
        return dropped;
    }

    /** The transfer actions (import of files passed on the command line). */
    public TransferActions transfers() {
        return transfers;
    }

    void editUnit() {
        UnitInfo before = session.unitProperty().get();
        UnitInfoDialog.edit(stage, before).ifPresent(after -> {
            session.updateUnit(after);
            departmentLevels().unitChanged(before, after);
        });
    }

    private DepartmentLevels departmentLevels() {
        return new DepartmentLevels(stage, session, workspace.settings(), references::departmentMapping,
                autoBackup::backUpNow);
    }

    /** 查找和替换, starting from the text selected in the measures editor. */
    private void replaceText() {
        ItemEditor shown = editor.current();
        String selection = shown == null ? "" : shown.measuresArea().getSelectedText();
        ReplaceDialog.show(stage, session, selection.contains("\n") ? "" : selection, autoBackup::backUpNow)
                .ifPresent(this::goTo);
    }

    private void editDictionary() {
        DepartmentDictionaryDialog.edit(stage, session.departmentNames()).ifPresent(session::replaceDictionary);
    }

    private void onCloseRequest(WindowEvent event) {
        if (!requestClose()) {
            event.consume();
        }
    }

    /**
     * Writes every pending change and waits for it to reach the disk. When a write keeps failing, asks
     * whether to close anyway, so that closing never silently loses text.
     *
     * @return whether the window may close
     */
    public boolean requestClose() {
        autoBackup.stop();
        String where = placement.get().format();
        session.saves().submit("setting:" + WindowPlacement.SETTING,
                () -> workspace.settings().put(WindowPlacement.SETTING, where));
        String panelLayout = panels().format();
        session.saves().submit("setting:" + PanelLayout.SETTING,
                () -> workspace.settings().put(PanelLayout.SETTING, panelLayout));
        // The closing backup queues behind every pending edit, so that it holds them all.
        session.saves().flushAll();
        autoBackup.backUpNow();
        while (true) {
            session.saves().flushAll();
            boolean finished = session.saves().awaitIdle(15, TimeUnit.SECONDS);
            if (finished && !session.saves().hasUnsavedChanges()) {
                return true;
            }
            if (!Dialogs.confirm(stage, "有内容未能保存",
                    "最近的修改还没有写入数据文件（" + session.saves().stateProperty().get().message()
                            + "）。选择“重试”再保存一次；取消则回到窗口，内容仍在。", "重试")) {
                return false;
            }
        }
    }

    /** Selects a key area's first row (used by tests and the start-up selection). */
    public void select(AreaModel area) {
        navigator.selectArea(area);
    }
}
