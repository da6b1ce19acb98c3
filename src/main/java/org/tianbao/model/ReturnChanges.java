package org.tianbao.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a unit's newer return changed against its older one: the attachment's rows whose measures or
 * departments differ, and the unit's own rows added, removed or rewritten. A county that sends a corrected
 * return rarely says what it corrected; the consolidator who receives both files sees it here.
 */
public record ReturnChanges(List<String> changedItems, List<String> addedOwnRows, List<String> removedOwnRows,
                            List<String> changedOwnRows) {

    public ReturnChanges {
        changedItems = List.copyOf(changedItems);
        addedOwnRows = List.copyOf(addedOwnRows);
        removedOwnRows = List.copyOf(removedOwnRows);
        changedOwnRows = List.copyOf(changedOwnRows);
    }

    public static ReturnChanges between(FilledForm older, FilledForm newer) {
        List<String> changed = new ArrayList<>();
        for (Entry now : newer.entries()) {
            if (!now.item().isLocal()) {
                Entry before = older.entry(now.item().id()).orElse(Entry.blank(now.item()));
                if (!sameAnswer(before, now)) {
                    changed.add(now.item().id());
                }
            }
        }
        // Own rows have no number that survives a file: they are known by their text.
        Map<String, Entry> before = ownRowsByText(older);
        Map<String, Entry> after = ownRowsByText(newer);
        List<String> added = new ArrayList<>();
        List<String> rewritten = new ArrayList<>();
        after.forEach((text, entry) -> {
            Entry was = before.get(text);
            if (was == null) {
                added.add(text);
            } else if (!sameAnswer(was, entry)) {
                rewritten.add(text);
            }
        });
        List<String> removed = before.keySet().stream().filter(text -> !after.containsKey(text)).toList();
        return new ReturnChanges(changed, added, removed, rewritten);
    }

    private static boolean sameAnswer(Entry a, Entry b) {
        return a.measures().equals(b.measures()) && a.departments().equals(b.departments());
    }

    private static Map<String, Entry> ownRowsByText(FilledForm form) {
        Map<String, Entry> rows = new LinkedHashMap<>();
        form.localEntries().forEach(e -> rows.putIfAbsent(e.item().text(), e));
        return rows;
    }

    public boolean isEmpty() {
        return changedItems.isEmpty() && addedOwnRows.isEmpty() && removedOwnRows.isEmpty() && changedOwnRows.isEmpty();
    }

    /** 内容相同, or 改了 3 项：1.02、2.03、4.05；新增本单位工作“…”；删去“…”；改了“…”. */
    public String describe(FormDefinition form) {
        Objects.requireNonNull(form);
        if (isEmpty()) {
            return "内容相同";
        }
        List<String> parts = new ArrayList<>();
        if (!changedItems.isEmpty()) {
            parts.add("改了 " + changedItems.size() + " 项：" + ItemNumberRuns.of(form, changedItems));
        }
        if (!addedOwnRows.isEmpty()) {
            parts.add("新增本单位工作" + quoted(addedOwnRows));
        }
        if (!removedOwnRows.isEmpty()) {
            parts.add("删去本单位工作" + quoted(removedOwnRows));
        }
        if (!changedOwnRows.isEmpty()) {
            parts.add("改了本单位工作" + quoted(changedOwnRows));
        }
        return String.join("；", parts);
    }

    private static String quoted(List<String> texts) {
        return "“" + String.join("”“", texts) + "”";
    }
}
