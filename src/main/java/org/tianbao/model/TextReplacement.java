package org.tianbao.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 查找和替换 over the filled form: a literal text replaced by another wherever the officer chose — in the
 * measures, in department names, in the names of the unit's own rows. Typical uses: a department renamed
 * by an institutional reform (县工商局 → 县市场监督管理局), a county turned into a district (县 → 区), last
 * year's figures carried over (2018年 → 2019年).
 *
 * <p>In a department list each name is replaced on its own; a name the replacement empties is dropped, a
 * name it turns into a list ("县科技局、县工信局") becomes several, and repeats are merged keeping the first
 * place, so the leading department stays first. Official rows' 工作内容 never change: they are the
 * attachment's.
 */
public record TextReplacement(String find, String replacement, Set<Scope> scopes) implements FormRewrite {

    /** Where the text is looked for. */
    public enum Scope {
        /** 具体举措及成果形式. */
        MEASURES,
        /** 责任部门, name by name (and the department dictionary). */
        DEPARTMENTS,
        /** 工作内容 of the unit's own rows. */
        OWN_ITEM_NAMES
    }

    public TextReplacement {
        Objects.requireNonNull(find, "find");
        Objects.requireNonNull(replacement, "replacement");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** Whether there is anything to do: a text to find, somewhere to look, and a different text to put. */
    public boolean isUsable() {
        return !find.isEmpty() && !scopes.isEmpty() && !find.equals(replacement);
    }

    /** How often the text occurs in one row, per place. */
    public record Occurrences(int inMeasures, int inDepartments, int inName) {
        public int total() {
            return inMeasures + inDepartments + inName;
        }
    }

    @Override
    public int changes(Entry entry) {
        return count(entry).total();
    }

    /** Where the text occurs in a row (whatever it is to be replaced by). */
    public Occurrences count(Entry entry) {
        if (find.isEmpty()) {
            return new Occurrences(0, 0, 0);
        }
        int measures = scopes.contains(Scope.MEASURES) ? occurrences(entry.measures()) : 0;
        int departments = 0;
        if (scopes.contains(Scope.DEPARTMENTS)) {
            for (String name : entry.departments()) {
                departments += occurrences(name);
            }
        }
        int name = renamesItem(entry.item()) ? occurrences(entry.item().text()) : 0;
        return new Occurrences(measures, departments, name);
    }

    /** The row with the text replaced (the same row when it does not occur). */
    @Override
    public Entry apply(Entry entry) {
        if (!isUsable() || count(entry).total() == 0) {
            return entry;
        }
        String measures = scopes.contains(Scope.MEASURES) ? entry.measures().replace(find, replacement) : entry.measures();
        List<String> departments = scopes.contains(Scope.DEPARTMENTS) ? applyToNames(entry.departments()) : entry.departments();
        WorkItem item = entry.item();
        if (renamesItem(item)) {
            String name = TextNormalizer.clean(item.text().replace(find, replacement));
            if (!name.isEmpty()) {
                item = item.withText(name);
            }
        }
        return new Entry(item, measures, departments);
    }

    /** A list of department names with the text replaced in each, cleaned as {@link Departments} does. */
    @Override
    public List<String> applyToNames(List<String> names) {
        if (!isUsable() || !scopes.contains(Scope.DEPARTMENTS)) {
            return names;
        }
        List<String> replaced = new ArrayList<>();
        for (String name : names) {
            replaced.addAll(Departments.split(name.replace(find, replacement)));
        }
        return Departments.normalize(replaced);
    }

    private boolean renamesItem(WorkItem item) {
        return item.isLocal() && scopes.contains(Scope.OWN_ITEM_NAMES);
    }

    private int occurrences(String text) {
        int count = 0;
        for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + find.length())) {
            count++;
        }
        return count;
    }
}
