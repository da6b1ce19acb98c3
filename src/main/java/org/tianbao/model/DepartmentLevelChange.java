package org.tianbao.model;

import java.util.List;
import java.util.Objects;

/**
 * Department names written for one level renamed for the unit's own, across the form and the dictionary:
 * a district's office that started from the default county names (县财政局) gets 区财政局. Only names written
 * for {@code from} change; measures, the rows' names and names of other levels (市财政局 in a district's
 * form, a superior's department) stay as they are. A renamed name that is already there merges with it. A
 * province's names are not the county's with another character (县财政局 → 省财政厅); a name without a known
 * counterpart stays.
 */
public record DepartmentLevelChange(UnitLevel from, UnitLevel to) implements FormRewrite {

    public DepartmentLevelChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Whether the name is one this change renames (a province's names only where it knows the other's). */
    public boolean renames(String name) {
        return from != to && UnitLevel.ofDepartment(name).filter(from::equals).isPresent()
                && !to.rename(name).equals(name);
    }

    /** Whether the name is written for {@code from} but stays, having no name known for {@code to}. */
    public boolean keeps(String name) {
        return from != to && UnitLevel.ofDepartment(name).filter(from::equals).isPresent() && !renames(name);
    }

    /** The name as the unit's level writes it, when it is written for {@code from}. */
    public String rename(String name) {
        return renames(name) ? to.rename(name) : name;
    }

    @Override
    public Entry apply(Entry entry) {
        if (changes(entry) == 0) {
            return entry;
        }
        return new Entry(entry.item(), entry.measures(), applyToNames(entry.departments()));
    }

    @Override
    public int changes(Entry entry) {
        return (int) entry.departments().stream().filter(this::renames).count();
    }

    @Override
    public List<String> applyToNames(List<String> names) {
        return Departments.normalize(names.stream().map(this::rename).toList());
    }
}
