package org.tianbao.ui.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.FormRewrite;
import org.tianbao.model.KeyArea;
import org.tianbao.model.NotApplicable;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;
import org.tianbao.store.DepartmentDictionary;
import org.tianbao.store.FormStore;

/**
 * The form being edited in the window: key areas and rows as observable models, the unit details and
 * the department dictionary. Every change made through the models or the methods here is queued for
 * saving; the models are the truth while the window is open, the database after each save.
 */
public final class FormSession {

    private final FormDefinition definition;
    private final FormStore store;
    private final DepartmentDictionary dictionary;
    private final SaveQueue saves;
    private DepartmentNamesElsewhere elsewhere = DepartmentNamesElsewhere.NONE;
    private final List<AreaModel> areas = new ArrayList<>();
    private final Map<String, ItemModel> itemsById = new LinkedHashMap<>();
    private final ObjectProperty<UnitInfo> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObservableList<String> departmentNames;
    private final ObjectProperty<FilledForm> exported = new SimpleObjectProperty<>();
    private final Map<ItemModel, BooleanBinding> changedSinceExport = new HashMap<>();
    private final ReadOnlyIntegerWrapper changedSinceExportCount = new ReadOnlyIntegerWrapper(this, "changed");
    private final InvalidationListener recount = o -> recountChangedSinceExport();
    /** Set while models take values already saved together, so that they queue no writes of their own. */
    private boolean applyingSavedValues;

    public FormSession(FilledForm form, List<String> departmentNames, FormStore store,
                       DepartmentDictionary dictionary, SaveQueue saves) {
        this.definition = form.definition();
        this.store = store;
        this.dictionary = dictionary;
        this.saves = saves;
        this.unit.set(form.unit());
        this.departmentNames = FXCollections.observableArrayList(departmentNames);
        for (KeyArea area : definition.areas()) {
            AreaModel model = new AreaModel(area);
            for (Entry entry : form.entriesOf(area.number())) {
                model.items().add(track(new ItemModel(entry)));
            }
            areas.add(model);
            model.items().addListener(recount);
        }
        exported.addListener(recount);
    }

    public FormDefinition definition() {
        return definition;
    }

    public List<AreaModel> areas() {
        return areas;
    }

    public AreaModel area(int number) {
        return areas.stream().filter(a -> a.number() == number).findFirst().orElseThrow();
    }

    public Optional<ItemModel> item(String id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    /** All rows in print order. */
    public List<ItemModel> items() {
        List<ItemModel> all = new ArrayList<>();
        areas.forEach(a -> all.addAll(a.items()));
        return all;
    }

    public SaveQueue saves() {
        return saves;
    }

    public ObjectProperty<UnitInfo> unitProperty() {
        return unit;
    }

    /** The dictionary the department editor offers, in order. */
    public ObservableList<String> departmentNames() {
        return departmentNames;
    }

    /** Saves the unit details (填报单位, 填报人, 联系电话). */
    public void updateUnit(UnitInfo newUnit) {
        unit.set(newUnit);
        saves.submit("unit", () -> store.saveUnit(newUnit));
    }

    /** Adds a row of the unit's own at the end of an area and returns it. */
    public ItemModel addLocalItem(int areaNumber, String text) {
        String cleaned = TextNormalizer.clean(text);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("empty text");
        }
        WorkItem item = WorkItem.newLocal(areaNumber, cleaned);
        ItemModel model = track(new ItemModel(Entry.blank(item)));
        area(areaNumber).items().add(model);
        saves.submit(item.id() + ":add", () -> store.addLocalItem(item));
        return model;
    }

    /** Moves a row of the unit's own up (-1) or down (+1) among the area's own rows. */
    public boolean moveLocalItem(ItemModel item, int delta) {
        if (!item.isLocal()) {
            return false;
        }
        ObservableList<ItemModel> rows = area(item.areaNumber()).items();
        int from = rows.indexOf(item);
        int to = from + delta;
        if (to < area(item.areaNumber()).firstLocalIndex() || to >= rows.size()) {
            return false;
        }
        rows.remove(from);
        rows.add(to, item);
        saves.submit(item.id() + ":move", () -> store.moveLocalItem(item.id(), delta));
        return true;
    }

    /** Deletes a row of the unit's own with what was written for it. */
    public void deleteLocalItem(ItemModel item) {
        if (!item.isLocal()) {
            throw new IllegalArgumentException("official rows cannot be deleted");
        }
        saves.discard(entryKey(item));
        saves.discard(textKey(item));
        area(item.areaNumber()).items().remove(item);
        itemsById.remove(item.id());
        saves.submit(item.id() + ":delete", () -> store.deleteLocalItem(item.id()));
    }

    /** Writes a row's pending edits now (the officer left its field). */
    public void flush(ItemModel item) {
        saves.flush(textKey(item));
        saves.flush(entryKey(item));
    }

    /**
     * Marks an attachment's row as not concerning the unit (its measures read 不涉及), or takes the mark
     * back. Only an empty measures field is marked and only the mark is taken back, so nothing written is lost.
     *
     * @return whether the row changed
     */
    public boolean setNotApplicable(ItemModel item, boolean on) {
        String now = item.measuresProperty().get();
        boolean allowed = !item.isLocal()
                && (on ? TextNormalizer.clean(now).isEmpty() : NotApplicable.declares(now));
        if (allowed) {
            item.measuresProperty().set(on ? NotApplicable.TEXT : "");
            flush(item);
        }
        return allowed;
    }

    /**
     * The form as the unit last exported it; null before a first export (or until the window has read it,
     * after its first frame). Rows that differ from it are marked in the tree.
     */
    public ObjectProperty<FilledForm> exportedProperty() {
        return exported;
    }

    /** Whether a row differs from the last export (an own row added since does); never before a first export. */
    public BooleanBinding changedSinceExport(ItemModel item) {
        return changedSinceExport.computeIfAbsent(item, i -> Bindings.createBooleanBinding(() -> {
            FilledForm then = exported.get();
            return then != null && then.entry(i.id()).map(e -> !e.sameContentAs(i.toEntry())).orElse(true);
        }, exported, i.measuresProperty(), i.departments(), i.textProperty()));
    }

    /** How many rows differ from the last export (0 before a first export). */
    public ReadOnlyIntegerProperty changedSinceExportCount() {
        return changedSinceExportCount.getReadOnlyProperty();
    }

    /** Counts again, watching each row once (a row's binding tells only its first change until it is read). */
    private void recountChangedSinceExport() {
        int n = 0;
        for (ItemModel item : items()) {
            BooleanBinding changed = changedSinceExport(item);
            changed.removeListener(recount);
            changed.addListener(recount);
            n += changed.get() ? 1 : 0;
        }
        changedSinceExportCount.set(n);
    }

    /** The nearest row above this one (in print order) that names departments: what 同上一项 copies. */
    public Optional<ItemModel> rowAboveWithDepartments(ItemModel item) {
        ItemModel found = null;
        for (ItemModel row : items()) {
            if (row == item) {
                return Optional.ofNullable(found);
            }
            if (!row.departments().isEmpty()) {
                found = row;
            }
        }
        return Optional.empty();
    }

    /** The departments 同上一项 would add to the row: those of the row above it that it lacks, in their order. */
    public List<String> departmentsFromAbove(ItemModel item) {
        return rowAboveWithDepartments(item)
                .map(above -> above.departments().stream().filter(d -> !item.departments().contains(d)).toList())
                .orElse(List.of());
    }

    /**
     * 同上一项 (Ctrl+D, as Excel fills down): adds the departments of the nearest row above that names any,
     * after the row's own (a row without any gets the same list, the same one leading).
     *
     * @return whether anything was added
     */
    public boolean copyDepartmentsFromAbove(ItemModel item) {
        List<String> missing = departmentsFromAbove(item);
        item.departments().addAll(missing);
        return !missing.isEmpty();
    }

    /** Adds names typed in the department editor to the dictionary (window and database). */
    public void rememberDepartments(List<String> names) {
        List<String> fresh = names.stream().filter(n -> !departmentNames.contains(n)).toList();
        if (!fresh.isEmpty()) {
            departmentNames.addAll(fresh);
            saves.submit("dictionary", () -> dictionary.addAll(fresh));
        }
    }

    /** Replaces the dictionary (the dictionary editor's result). */
    public void replaceDictionary(List<String> names) {
        List<String> copy = List.copyOf(names);
        departmentNames.setAll(copy);
        saves.submit("dictionary", () -> dictionary.replace(copy));
    }

    /** What a rewrite of the form (查找和替换, 规范标点) changed, and how to take it back. */
    public record Rewritten(int rows, int changes, Runnable undo) {
    }

    /** Settings a rewrite changes with the rows, as they are before it and after it. */
    public record SettingsChange(Map<String, String> before, Map<String, String> after) {
        public static final SettingsChange NONE = new SettingsChange(Map.of(), Map.of());

        public SettingsChange {
            before = Map.copyOf(before);
            after = Map.copyOf(after);
        }
    }

    /**
     * Settings that name departments — the 部门对应表 — and follow the form's department names when a rewrite
     * renames them (查找和替换 县 → 区, 规范标点, names renamed for the unit's level), in the same transaction.
     */
    public interface DepartmentNamesElsewhere {
        DepartmentNamesElsewhere NONE = new DepartmentNamesElsewhere() {
            @Override
            public SettingsChange follow(FormRewrite rewrite) {
                return SettingsChange.NONE;
            }

            @Override
            public void use(Map<String, String> settings) {
            }
        };

        /** The settings as they are and as the rewrite makes them ({@link SettingsChange#NONE}: unchanged). */
        SettingsChange follow(FormRewrite rewrite);

        /** These settings are now in force: the rewrite's, or, after its undo, those from before. */
        void use(Map<String, String> settings);
    }

    /** Where else department names are kept, to follow this session's rewrites. */
    public void keepDepartmentNamesIn(DepartmentNamesElsewhere elsewhere) {
        this.elsewhere = elsewhere;
    }

    /**
     * Rewrites the form (查找和替换, 规范标点, department names renamed for the unit's level) as one saved
     * change: one transaction with the dictionary and the settings that follow department names (see
     * {@link DepartmentNamesElsewhere}; the undo puts their values before back). Every pending edit is written first, so that no older write of a row can
     * land after the rewrite.
     *
     * @throws IllegalStateException when earlier edits could not be written (nothing is changed then)
     */
    public Rewritten rewrite(FormRewrite rewrite) {
        requireEverythingSaved();
        SettingsChange settings = elsewhere.follow(rewrite);
        List<ItemModel> models = new ArrayList<>();
        List<Entry> before = new ArrayList<>();
        List<Entry> after = new ArrayList<>();
        int changes = 0;
        for (ItemModel model : items()) {
            Entry entry = model.toEntry();
            Entry rewritten = rewrite.apply(entry);
            if (!rewritten.sameContentAs(entry)) {
                models.add(model);
                before.add(entry);
                after.add(rewritten);
                changes += rewrite.changes(entry);
            }
        }
        List<String> dictionaryBefore = List.copyOf(departmentNames);
        List<String> dictionaryAfter = rewrite.applyToNames(dictionaryBefore);
        if (models.isEmpty() && dictionaryAfter.equals(dictionaryBefore) && settings.after().equals(settings.before())) {
            return new Rewritten(0, 0, () -> { });
        }
        applySaved(models, after, dictionaryAfter, settings.after());
        return new Rewritten(models.size(), changes, () -> {
            requireEverythingSaved();
            applySaved(models, before, dictionaryBefore, settings.before());
        });
    }

    private void requireEverythingSaved() {
        saves.flushAll();
        if (!saves.awaitIdle(10, java.util.concurrent.TimeUnit.SECONDS) || saves.hasUnsavedChanges()) {
            throw new IllegalStateException("earlier edits are not saved");
        }
    }

    /** Puts values into the models and saves them, with the dictionary, in one write. */
    private void applySaved(List<ItemModel> models, List<Entry> entries, List<String> dictionary,
                            Map<String, String> settings) {
        applyingSavedValues = true;
        try {
            for (int i = 0; i < models.size(); i++) {
                ItemModel model = models.get(i);
                Entry entry = entries.get(i);
                model.measuresProperty().set(entry.measures());
                if (!model.departments().equals(entry.departments())) {
                    model.departments().setAll(entry.departments());
                }
                if (model.isLocal()) {
                    model.textProperty().set(entry.item().text());
                }
            }
            departmentNames.setAll(dictionary);
        } finally {
            applyingSavedValues = false;
        }
        if (!settings.isEmpty()) {
            elsewhere.use(settings);
        }
        List<Entry> rows = List.copyOf(entries);
        List<String> names = List.copyOf(dictionary);
        saves.submit("replace", () -> store.saveTogether(rows, names, settings));
    }

    private ItemModel track(ItemModel model) {
        itemsById.put(model.id(), model);
        model.measuresProperty().addListener((obs, old, now) -> entryChanged(model));
        model.departments().addListener((ListChangeListener<String>) c -> {
            entryChanged(model);
            if (!applyingSavedValues) {
                rememberDepartments(List.copyOf(model.departments()));
            }
        });
        if (model.isLocal()) {
            model.textProperty().addListener((obs, old, now) -> {
                if (!applyingSavedValues && !TextNormalizer.clean(now).isEmpty()) {
                    saves.changed(textKey(model), renameWrite(model));
                }
            });
        }
        return model;
    }

    private void entryChanged(ItemModel model) {
        if (applyingSavedValues) {
            return;
        }
        saves.changed(entryKey(model), entryWrite(model));
    }

    private Runnable entryWrite(ItemModel model) {
        Entry entry = model.toEntry();
        return () -> store.saveEntry(entry.item().id(), entry.measures(), entry.departments());
    }

    private Runnable renameWrite(ItemModel model) {
        String text = TextNormalizer.clean(model.text());
        return () -> store.renameLocalItem(model.id(), text);
    }

    private static String entryKey(ItemModel item) {
        return item.id() + ":entry";
    }

    private static String textKey(ItemModel item) {
        return item.id() + ":text";
    }

    /** The form as it stands in the window (for export and the completeness check). */
    public FilledForm snapshot() {
        List<Entry> entries = new ArrayList<>();
        areas.forEach(a -> a.items().forEach(i -> entries.add(i.toEntry())));
        return new FilledForm(definition, unit.get(), entries);
    }
}
