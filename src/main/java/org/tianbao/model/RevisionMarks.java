package org.tianbao.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which parts of each row differ from what the unit exported before: what a corrected return shows in
 * red (修改处标红), so that whoever reads it upstairs sees what changed without comparing two files.
 * Rows are matched by their id: the attachment's rows by number, the unit's own rows by the id they keep
 * in the database; a new own row is marked whole, an own row renamed has its 工作内容 marked.
 */
public final class RevisionMarks {

    /** The parts of a row that can be marked. */
    public enum Part { ITEM, MEASURES, DEPARTMENTS }

    private final Map<String, Set<Part>> marked;
    private final List<String> removedOwnRows;

    private RevisionMarks(Map<String, Set<Part>> marked, List<String> removedOwnRows) {
        this.marked = marked;
        this.removedOwnRows = List.copyOf(removedOwnRows);
    }

    /** No marks: an export that shows nothing in red. */
    public static RevisionMarks none() {
        return new RevisionMarks(Map.of(), List.of());
    }

    public static RevisionMarks between(FilledForm earlier, FilledForm now) {
        Map<String, Set<Part>> marked = new LinkedHashMap<>();
        for (Entry entry : now.entries()) {
            Set<Part> parts = EnumSet.noneOf(Part.class);
            Entry before = earlier.entry(entry.item().id()).orElse(null);
            if (before == null) {
                if (entry.item().isLocal()) {
                    parts.add(Part.ITEM);
                }
                before = Entry.blank(entry.item());
            } else if (!before.item().text().equals(entry.item().text())) {
                parts.add(Part.ITEM);
            }
            if (!before.measures().equals(entry.measures())) {
                parts.add(Part.MEASURES);
            }
            if (!before.departments().equals(entry.departments())) {
                parts.add(Part.DEPARTMENTS);
            }
            if (!parts.isEmpty()) {
                marked.put(entry.item().id(), parts);
            }
        }
        List<String> removed = earlier.localEntries().stream()
                .filter(e -> now.entry(e.item().id()).isEmpty()).map(e -> e.item().text()).toList();
        return new RevisionMarks(marked, removed);
    }

    public boolean marks(Entry entry, Part part) {
        return marked.getOrDefault(entry.item().id(), Set.of()).contains(part);
    }

    /** How many rows have a part marked. */
    public int rowCount() {
        return marked.size();
    }

    /** The unit's own rows exported before and deleted since: there is nothing left to show in red. */
    public List<String> removedOwnRows() {
        return removedOwnRows;
    }

    public boolean isEmpty() {
        return marked.isEmpty() && removedOwnRows.isEmpty();
    }
}
