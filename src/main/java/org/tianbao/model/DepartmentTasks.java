package org.tianbao.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The filled form turned round for the county's departments (部门分工): for each responsible department the
 * rows it leads (牵头, first in the row's list) and those it supports (配合), each in the form's order. This
 * is what a county office sends every department once the form is settled, so that each sees its share.
 *
 * <p>Departments come in the dictionary's order (the officer's), then those the dictionary lacks in the
 * order the form first names them. Rows with measures but no department are kept apart, so that none
 * is lost from the list; rows with nothing written, and rows the unit declared 不涉及, are nobody's task.
 */
public final class DepartmentTasks {

    /** One department's share: what it leads and what it supports. */
    public record Share(String department, List<Entry> leads, List<Entry> supports) {
        public Share {
            leads = List.copyOf(leads);
            supports = List.copyOf(supports);
        }

        /** The other departments of a row, as the department reading its share needs them. */
        public String partnersOf(Entry entry) {
            List<String> others = entry.departments().stream().filter(d -> !d.equals(department)).toList();
            if (others.isEmpty()) {
                return "";
            }
            if (entry.departments().get(0).equals(department)) {
                return "配合：" + Departments.join(others);
            }
            List<String> supporting = others.subList(1, others.size());
            return "牵头：" + others.get(0) + (supporting.isEmpty() ? "" : "；配合：" + Departments.join(supporting));
        }
    }

    private final List<Share> shares;
    private final List<Entry> withoutDepartment;

    private DepartmentTasks(List<Share> shares, List<Entry> withoutDepartment) {
        this.shares = List.copyOf(shares);
        this.withoutDepartment = List.copyOf(withoutDepartment);
    }

    /** Groups the form's rows by department, departments in the dictionary's order first. */
    public static DepartmentTasks of(FilledForm form, List<String> dictionary) {
        LinkedHashSet<String> order = new LinkedHashSet<>();
        List<String> named = form.entries().stream().filter(e -> !e.isNotApplicable())
                .flatMap(e -> e.departments().stream()).distinct().toList();
        dictionary.stream().filter(named::contains).forEach(order::add);
        order.addAll(named);
        Map<String, List<Entry>> leads = new LinkedHashMap<>();
        Map<String, List<Entry>> supports = new LinkedHashMap<>();
        List<Entry> without = new ArrayList<>();
        for (Entry entry : form.entries()) {
            if (entry.isNotApplicable()) {
                continue;
            }
            List<String> departments = entry.departments();
            if (departments.isEmpty()) {
                if (!entry.measures().isEmpty()) {
                    without.add(entry);
                }
                continue;
            }
            leads.computeIfAbsent(departments.get(0), d -> new ArrayList<>()).add(entry);
            for (String d : departments.subList(1, departments.size())) {
                supports.computeIfAbsent(d, k -> new ArrayList<>()).add(entry);
            }
        }
        List<Share> shares = new ArrayList<>();
        for (String d : order) {
            shares.add(new Share(d, leads.getOrDefault(d, List.of()), supports.getOrDefault(d, List.of())));
        }
        return new DepartmentTasks(shares, without);
    }

    public List<Share> shares() {
        return shares;
    }

    /** Rows with measures written but no department named yet. */
    public List<Entry> withoutDepartment() {
        return withoutDepartment;
    }

    public boolean isEmpty() {
        return shares.isEmpty() && withoutDepartment.isEmpty();
    }
}
