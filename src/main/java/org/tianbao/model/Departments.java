package org.tianbao.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules for the 责任部门 cell: an ordered list of department names, the first of which leads (牵头),
 * printed separated by 、 as official documents do.
 */
public final class Departments {

    /** The separator official documents use between department names. */
    public static final String SEPARATOR = "、";

    /** What people type between names when they edit the cell by hand (a tab: cells copied from a sheet). */
    public static final String SEPARATORS = "、,，;；/\n\t";

    private static final Pattern SPLIT = Pattern.compile("[" + SEPARATORS + "]+");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEAD_MARK = Pattern.compile("[（(]牵头[）)]$");

    /** Longest department name accepted; longer text is not a name but a sentence pasted in error. */
    public static final int MAX_NAME_LENGTH = 100;

    private Departments() {
    }

    public static String join(List<String> departments) {
        return String.join(SEPARATOR, departments);
    }

    /**
     * Splits a cell into names, trimmed, empty ones and repeats dropped, order kept, except that a name
     * marked （牵头） by hand goes first: the first name is the one that leads.
     */
    public static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        String lead = null;
        for (String part : SPLIT.split(cell)) {
            String name = normalizeName(part);
            if (!name.isEmpty()) {
                names.add(name);
                if (lead == null && part.contains("牵头") && LEAD_MARK.matcher(SPACES.matcher(part).replaceAll("")).find()) {
                    lead = name;
                }
            }
        }
        List<String> ordered = new ArrayList<>(names);
        if (lead != null) {
            ordered.remove(lead);
            ordered.add(0, lead);
        }
        return List.copyOf(ordered);
    }

    /** Cleans a list: trims names, drops empty ones and repeats, keeps the order. */
    public static List<String> normalize(List<String> departments) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String d : departments) {
            String name = normalizeName(d);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(new ArrayList<>(names));
    }

    /** Trims a name; drops the 牵头 marks people add by hand, e.g. "县科技局（牵头）". */
    public static String normalizeName(String name) {
        String cleaned = SPACES.matcher(TextNormalizer.clean(name)).replaceAll("");
        // Interned: the same few dozen names recur in every row of thousands of returns being consolidated.
        return LEAD_MARK.matcher(cleaned).replaceAll("").intern();
    }
}
