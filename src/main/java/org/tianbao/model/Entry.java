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
        boolean hasMeasures = !measures.isEmpty();
        boolean hasDepartments = !departments.isEmpty();
        if (hasMeasures && hasDepartments) {
            return EntryStatus.COMPLETE;
        }
        return hasMeasures || hasDepartments ? EntryStatus.PARTIAL : EntryStatus.EMPTY;
    }

    public boolean isComplete() {
        return status() == EntryStatus.COMPLETE;
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
