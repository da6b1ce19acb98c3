package org.tianbao.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tianbao.model.DepartmentLevelChange;
import org.tianbao.model.Entry;
import org.tianbao.model.UnitLevel;

/**
 * What renaming the department names for the unit's level would change: the unit's level by its name, the
 * level the dictionary and the 部门对应表 are written for (the default's 县), and how many names of the
 * dictionary, rules of the mapping and departments of the form change.
 *
 * @param renamedNames the dictionary's names that change, each with its new name, in the dictionary's order
 * @param keptNames    the dictionary's names written for the other level that stay, no name being known for
 *                     the unit's (a province's 人民银行 branch is named after its capital)
 */
public record DepartmentLevelProposal(UnitLevel unitLevel, DepartmentLevelChange change,
                                      List<Map.Entry<String, String>> renamedNames, List<String> keptNames,
                                      int renamedRules, int renamedInForm, int rowsInForm) {

    /** Fewer names of another level than this are the officer's own choice, not a dictionary to convert. */
    static final int FEWEST_NAMES = 3;

    public DepartmentLevelProposal {
        renamedNames = List.copyOf(renamedNames);
        keptNames = List.copyOf(keptNames);
    }

    /**
     * The change for a unit, or empty when its name shows no level or the names are already written for
     * it (or too few are written for another).
     */
    public static Optional<DepartmentLevelProposal> of(String unitName, List<String> dictionary,
                                                       DepartmentMapping mapping, List<Entry> form) {
        Optional<UnitLevel> level = UnitLevel.ofUnit(unitName);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(dictionary);
        mapping.rules().forEach(r -> names.add(r.department()));
        Optional<Map.Entry<UnitLevel, Integer>> written = UnitLevel.mostCommon(names);
        if (written.isEmpty() || written.get().getKey() == level.get() || written.get().getValue() < FEWEST_NAMES) {
            return Optional.empty();
        }
        DepartmentLevelChange change = new DepartmentLevelChange(written.get().getKey(), level.get());
        List<Map.Entry<String, String>> renamed = dictionary.stream().filter(change::renames)
                .map(n -> Map.entry(n, change.rename(n))).toList();
        int rules = (int) mapping.rules().stream().filter(r -> change.renames(r.department())).count();
        int inForm = form.stream().mapToInt(change::changes).sum();
        int rows = (int) form.stream().filter(e -> change.changes(e) > 0).count();
        if (renamed.isEmpty() && rules == 0 && inForm == 0) {
            return Optional.empty();
        }
        List<String> kept = dictionary.stream().filter(change::keeps).toList();
        return Optional.of(new DepartmentLevelProposal(level.get(), change, renamed, kept, rules, inForm, rows));
    }

    /** The mapping with its departments renamed. */
    public DepartmentMapping applyTo(DepartmentMapping mapping) {
        return mapping.withDepartments(change::rename);
    }
}
