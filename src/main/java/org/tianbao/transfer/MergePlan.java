package org.tianbao.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.model.Entry;
import org.tianbao.model.EntryMerge;
import org.tianbao.model.FilledForm;
import org.tianbao.model.NotApplicable;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.WorkItem;

/**
 * What merging the files the unit's departments filled in will do, computed before anything changes. Unlike
 * an import, which makes the data what one file says, a merge only adds: each file's measures and
 * departments go into the rows ({@link EntryMerge}), the unit's own rows a file adds are added, and
 * nothing the unit has is removed or replaced — a department that returns the whole form with its own rows
 * filled and the others empty takes nothing away. The 填报单位 and its details stay the unit's own.
 */
public final class MergePlan {

    /** How a row changes. */
    public enum Kind {
        /** An empty row filled from the files. */
        FILLED("填入"),
        /** A row with content that gained measures or departments. */
        ADDED("补充"),
        /** One of the unit's own rows that only the files had. */
        NEW_LOCAL("新增");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One row's change and the files it came from; {@code before} is null for a new own row. */
    public record Change(Kind kind, WorkItem item, Entry before, Entry after, List<Path> sources) {
        public Change {
            sources = List.copyOf(sources);
        }
    }

    /** A file that could not be read as the form, and why (one sentence). */
    public record Unread(Path file, String reason) {
    }

    private final FilledForm current;
    private final FilledForm result;
    private final List<Change> changes;
    private final List<ReturnedForm> read;
    private final List<Unread> unread;

    private MergePlan(FilledForm current, FilledForm result, List<Change> changes, List<ReturnedForm> read,
                      List<Unread> unread) {
        this.current = current;
        this.result = result;
        this.changes = List.copyOf(changes);
        this.read = List.copyOf(read);
        this.unread = List.copyOf(unread);
    }

    /** The plan that adds every read file's content to {@code current}, file after file in the given order. */
    public static MergePlan of(FilledForm current, List<ReturnedForm> read, List<Unread> unread) {
        return of(current, read, unread, List.of());
    }

    /**
     * The same, leaving out of each file what the unit wrote in the versions it gave away ({@code sent}:
     * the exports the departments' copies were made from), so that what the unit changed or dropped since
     * does not come back with the copies.
     */
    public static MergePlan of(FilledForm current, List<ReturnedForm> read, List<Unread> unread, List<FilledForm> sent) {
        Map<String, List<Entry>> sentRows = new LinkedHashMap<>();
        for (FilledForm version : sent) {
            for (Entry e : version.entries()) {
                sentRows.computeIfAbsent(rowKey(e.item()), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Entry> rows = new LinkedHashMap<>();
        Map<String, String> localIds = new LinkedHashMap<>();
        for (Entry e : current.entries()) {
            rows.put(e.item().id(), e);
            if (e.item().isLocal()) {
                localIds.putIfAbsent(localKey(e.item()), e.item().id());
            }
        }
        Map<String, Set<Path>> sources = new LinkedHashMap<>();
        Map<String, Entry> declaredNotApplicable = new LinkedHashMap<>();
        Map<String, Path> declaredBy = new LinkedHashMap<>();
        for (ReturnedForm file : read) {
            for (Entry copy : file.form().entries()) {
                Entry theirs = EntryMerge.withoutSentText(copy, sentRows.getOrDefault(rowKey(copy.item()), List.of()));
                if (theirs.isBlank()) {
                    continue;
                }
                String id = idFor(theirs.item(), rows, localIds);
                Entry ours = rows.getOrDefault(id, Entry.blank(theirs.item()));
                if (NotApplicable.declares(theirs.measures())) {
                    declaredNotApplicable.putIfAbsent(id, theirs);
                    declaredBy.putIfAbsent(id, file.file());
                }
                Entry merged = EntryMerge.merge(ours, theirs);
                if (!merged.sameContentAs(ours)) {
                    rows.put(id, merged);
                    sources.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(file.file());
                }
            }
        }
        // 不涉及 from a file is taken only where nobody wrote anything else: the department that wrote it may
        // just not be the one concerned.
        declaredNotApplicable.forEach((id, declaration) -> {
            Entry ours = rows.get(id);
            if (ours == null || ours.measures().isBlank()) {
                Entry base = ours == null ? Entry.blank(declaration.item()) : ours;
                rows.put(id, new Entry(base.item(), declaration.measures(), base.departments()));
                sources.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(declaredBy.get(id));
            }
        });
        List<Entry> official = new ArrayList<>();
        List<Entry> local = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Entry e : rows.values()) {
            (e.item().isLocal() ? local : official).add(e);
        }
        for (Entry e : FilledForm.inPrintOrder(current.definition(), official, local)) {
            Set<Path> from = sources.get(e.item().id());
            if (from == null) {
                continue;
            }
            Entry before = current.entry(e.item().id()).orElse(null);
            Kind kind = before == null ? Kind.NEW_LOCAL : before.isBlank() ? Kind.FILLED : Kind.ADDED;
            changes.add(new Change(kind, e.item(), before, e, new ArrayList<>(from)));
        }
        FilledForm result = new FilledForm(current.definition(), current.unit(),
                FilledForm.inPrintOrder(current.definition(), official, local));
        return new MergePlan(current, result, changes, read, unread);
    }

    /** The row a file's entry goes into: the same official row, or the unit's own row of that name in that area. */
    private static String idFor(WorkItem item, Map<String, Entry> rows, Map<String, String> localIds) {
        if (!item.isLocal()) {
            return item.id();
        }
        String key = localKey(item);
        String id = localIds.get(key);
        if (id == null) {
            id = item.id();
            localIds.put(key, id);
            rows.put(id, Entry.blank(item));
        }
        return id;
    }

    /** A row across versions: an official row by its number, an own row by its key area and name. */
    private static String rowKey(WorkItem item) {
        return item.isLocal() ? localKey(item) : item.id();
    }

    private static String localKey(WorkItem item) {
        return item.areaNumber() + "\u001f" + TextNormalizer.forMatching(item.text());
    }

    /** The form as it will be after the merge. */
    public FilledForm result() {
        return result;
    }

    /**
     * The form with only the chosen changes made (the officer left the others out in the preview): the
     * other rows stay as they are, and own rows only the files had are added only if chosen.
     */
    public FilledForm resultWith(Collection<Change> chosen) {
        Map<String, Entry> after = new LinkedHashMap<>();
        chosen.forEach(c -> after.put(c.item().id(), c.after()));
        List<Entry> official = new ArrayList<>();
        List<Entry> local = new ArrayList<>();
        for (Entry e : current.entries()) {
            Entry row = after.getOrDefault(e.item().id(), e);
            (row.item().isLocal() ? local : official).add(row);
        }
        changes.stream().filter(c -> c.kind() == Kind.NEW_LOCAL && chosen.contains(c)).forEach(c -> local.add(c.after()));
        return new FilledForm(current.definition(), current.unit(),
                FilledForm.inPrintOrder(current.definition(), official, local));
    }

    /** The rows that change, in print order. */
    public List<Change> changes() {
        return changes;
    }

    /** The files read as the form, in the order they were merged. */
    public List<ReturnedForm> read() {
        return read;
    }

    /** The files that could not be read; the others are merged without them. */
    public List<Unread> unread() {
        return unread;
    }

    public boolean changesAnything() {
        return !changes.isEmpty();
    }

    /** The files read that add nothing the unit does not already have. */
    public List<Path> filesAddingNothing() {
        Set<Path> contributing = new LinkedHashSet<>();
        changes.forEach(c -> contributing.addAll(c.sources()));
        return read.stream().map(ReturnedForm::file).filter(f -> !contributing.contains(f)).toList();
    }

    /**
     * A file as the officer tells it from the others: its name without the form's long title that every
     * export's name repeats (县科技局-2019年地方知识产权战略实施工作要点表.xlsx → 县科技局.xlsx).
     */
    public String shortName(Path file) {
        String name = file.getFileName().toString();
        String title = result.definition().title();
        String shorter = name.replace("-" + title, "").replace(title, "");
        return shorter.startsWith(".") ? name : shorter;
    }

    /** The files' short names, joined with 、. */
    public String shortNames(List<Path> files) {
        return String.join("、", files.stream().map(this::shortName).toList());
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** 填入 3 项、补充 5 项、新增本单位工作 1 项 (or 没有新的内容). */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            long n = count(kind);
            if (n > 0) {
                parts.add(kind == Kind.NEW_LOCAL ? "新增本单位工作 " + n + " 项" : kind.label() + " " + n + " 项");
            }
        }
        return parts.isEmpty() ? "没有新的内容" : String.join("、", parts);
    }
}
