package org.tianbao.model;

import java.util.List;
import java.util.Objects;

/** What the reporting unit wrote for one work item: 具体举措及成果形式 and 责任部门 (first one leads). */
public record Entry(WorkItem item, String measures, List<String> departments) {

    public Entry {
        Objects.requireNonNull(item, "item");
        measures = TextNormalizer.clean(measures);
        departments = Departments.normalize(departments);
    }

    public static Entry blank(WorkItem item) {
        return new Entry(item, "", List.of());
    }

    public EntryStatus status() {
        if (!item.isLocal() && NotApplicable.declares(measures)) {
            return EntryStatus.NOT_APPLICABLE;
        }
        boolean hasMeasures = !measures.isEmpty();
        boolean hasDepartments = !departments.isEmpty();
        if (hasMeasures && hasDepartments) {
            return EntryStatus.COMPLETE;
        }
        return hasMeasures || hasDepartments ? EntryStatus.PARTIAL : EntryStatus.EMPTY;
    }

    /** Filled, or declared not to concern the unit. */
    public boolean isDone() {
        return status().isDone();
    }

    public boolean isNotApplicable() {
        return status() == EntryStatus.NOT_APPLICABLE;
    }

    public boolean isBlank() {
        return status() == EntryStatus.EMPTY;
    }

    public Entry withItem(WorkItem newItem) {
        return new Entry(newItem, measures, departments);
    }

    public boolean sameContentAs(Entry other) {
        return measures.equals(other.measures) && departments.equals(other.departments)
                && item.text().equals(other.item.text());
    }
}
