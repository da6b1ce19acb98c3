package org.tianbao.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.UnitNames;

/**
 * The units that owe a return (应报单位), as the consolidator lists them, and which of them sent none.
 * A listed name finds a return by the same name, or else by the one return whose name contains it or is
 * contained in it: lists say 黔东县 where the return says 黔东县市场监督管理局.
 */
public final class ExpectedUnits {

    /** One name a line, as a column copied from a sheet arrives; 、，; also separate. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\n\\t、,，;；]+");

    private ExpectedUnits() {
    }

    /**
     * What a list copied from a sheet brings besides the names: its 序号 column (1, 2., （3）) and its header
     * row's words.
     */
    private static final Pattern NOT_A_NAME = Pattern.compile("[(（]?\\d+[)）.、]?|序号|单位|单位名称|应报单位|填报单位|备注");

    /** The names in a pasted list: trimmed, blank lines, numbers, headers and repeats dropped, order kept. */
    public static List<String> parse(String text) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        // Split before the text is made plain, which turns the tabs between a sheet's columns into spaces.
        for (String part : SEPARATORS.split(text == null ? "" : text)) {
            String name = TextNormalizer.clean(TextNormalizer.plain(part));
            if (!name.isEmpty() && !NOT_A_NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The listed names that no received unit answers to, in the list's order. */
    public static List<String> missing(List<String> expected, Collection<String> received) {
        List<String> left = new ArrayList<>(received);
        List<String> waiting = new ArrayList<>();
        // Exact names first, so that a near name cannot take a return that answers another name exactly.
        for (String name : expected) {
            Optional<String> same = left.stream().filter(r -> key(r).equals(key(name))).findFirst();
            same.ifPresentOrElse(left::remove, () -> waiting.add(name));
        }
        List<String> missing = new ArrayList<>();
        for (String name : waiting) {
            List<String> near = left.stream().filter(r -> key(r).contains(key(name)) || key(name).contains(key(r))).toList();
            if (near.isEmpty()) {
                missing.add(name);
            } else if (near.size() == 1) {
                left.remove(near.get(0));
            } // several returns answer the name: it sent something, whichever it was

        }
        return missing;
    }

    /** 白云区市场监管局 on the list finds the return of 白云区市场监督管理局（知识产权局）. */
    private static String key(String name) {
        return UnitNames.sameUnitKey(name);
    }
}
