package org.tianbao.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;

/**
 * What an import will do, computed before anything changes: the form as it will be, and every row's
 * change (new, changed, unchanged, removed) for the officer to review.
 */
public final class ImportPlan {

    /** How a row changes. */
    public enum Kind {
        NEW("新增"), CHANGED("修改"), UNCHANGED("不变"), REMOVED("删除");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One row's change; {@code before} or {@code after} is null for new and removed rows. */
    public record Change(Kind kind, WorkItem item, Entry before, Entry after) {
    }

    /** The 填报单位 the data had, and the other one the file names. */
    public record UnitNameChange(String from, String to) {
    }

    private final ReturnedForm source;
    private final UnitInfo before;
    private final FilledForm result;
    private final List<Change> changes;

    private ImportPlan(ReturnedForm source, UnitInfo before, FilledForm result, List<Change> changes) {
        this.source = source;
        this.before = before;
        this.result = result;
        this.changes = List.copyOf(changes);
    }

    /** The plan that makes {@code current} what the file says, keeping the ids of the unit's own rows. */
    public static ImportPlan of(FilledForm current, ReturnedForm source) {
        Map<String, Entry> currentLocal = new HashMap<>();
        for (Entry e : current.localEntries()) {
            currentLocal.putIfAbsent(localKey(e.item()), e);
        }
        List<Entry> official = new ArrayList<>();
        List<Entry> local = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Entry imported : source.form().entries()) {
            WorkItem item = imported.item();
            if (item.isLocal()) {
                Entry before = currentLocal.remove(localKey(item));
                Entry after = before == null ? imported : imported.withItem(before.item());
                local.add(after);
                changes.add(new Change(before == null ? Kind.NEW : kindOf(before, after), after.item(), before, after));
            } else {
                Entry before = current.entry(item.id()).orElse(Entry.blank(item));
                official.add(imported);
                Kind kind = before.isBlank() && !imported.isBlank() ? Kind.NEW : kindOf(before, imported);
                changes.add(new Change(kind, item, before, imported));
            }
        }
        for (Entry gone : currentLocal.values()) {
            changes.add(new Change(Kind.REMOVED, gone.item(), gone, null));
        }
        UnitInfo unit = merge(current.unit(), source.form().unit());
        FilledForm result = new FilledForm(current.definition(), unit,
                FilledForm.inPrintOrder(current.definition(), official, local));
        return new ImportPlan(source, current.unit(), result, changes);
    }

    private static Kind kindOf(Entry before, Entry after) {
        return before.sameContentAs(after) ? Kind.UNCHANGED : Kind.CHANGED;
    }

    private static String localKey(WorkItem item) {
        return item.areaNumber() + "\u001f" + TextNormalizer.forMatching(item.text());
    }

    /** The file's unit details where it has them, the current ones where it does not. */
    private static UnitInfo merge(UnitInfo current, UnitInfo file) {
        return new UnitInfo(file.unitName().isEmpty() ? current.unitName() : file.unitName(),
                file.reporter().isEmpty() ? current.reporter() : file.reporter(),
                file.phone().isEmpty() ? current.phone() : file.phone());
    }

    public ReturnedForm source() {
        return source;
    }

    /** The form as it will be after the import. */
    public FilledForm result() {
        return result;
    }

    public List<Change> changes() {
        return changes;
    }

    /**
     * Present when the data already belongs to a 填报单位 and the file names another: most likely
     * another unit's return opened by mistake, which the import would put in place of this unit's work.
     */
    public Optional<UnitNameChange> unitNameChange() {
        String from = before.unitName();
        String to = result.unit().unitName();
        boolean other = !from.isBlank() && !TextNormalizer.forMatching(from).equals(TextNormalizer.forMatching(to));
        return other ? Optional.of(new UnitNameChange(from, to)) : Optional.empty();
    }

    /** Rows that change (everything but the unchanged ones), in print order, removed rows last. */
    public List<Change> effectiveChanges() {
        return changes.stream().filter(c -> c.kind() != Kind.UNCHANGED).toList();
    }

    /**
     * Rows with content here that the file has empty, own rows it lacks included: what a department's
     * copy, filled only in its own rows, would wipe if it were imported instead of merged.
     */
    public List<Change> emptied() {
        return changes.stream().filter(c -> c.before() != null && !c.before().isBlank()
                && (c.after() == null || c.after().isBlank())).toList();
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public boolean changesAnything(FilledForm current) {
        return !effectiveChanges().isEmpty() || !current.unit().equals(result.unit());
    }

    /** 新增 3 项、修改 5 项、删除 1 项、不变 61 项. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            long n = count(kind);
            if (n > 0 || kind == Kind.UNCHANGED) {
                parts.add(kind.label() + " " + n + " 项");
            }
        }
        return String.join("、", parts);
    }
}
