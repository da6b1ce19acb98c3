package org.tianbao.model;

import java.util.HashSet;
import java.util.List;

/**
 * Shorter names for a set of reporting units, where space is short (a chart's axis, a tag): the ending
 * they all share is left out — 白云区市场监督管理局, 开阳县市场监督管理局 → 白云区, 开阳县 — keeping the place's
 * own level (县, 区, 市…) with each name. Names are kept whole when nothing worth leaving out is shared or
 * when the short ones would be ambiguous.
 */
public final class UnitNames {

    /** Characters that end a place name and belong to it, not to the office's name after it. */
    private static final String PLACE_ENDINGS = "省市州盟县区旗镇乡";
    /** An ending shorter than this is not worth leaving out (市, 局). */
    private static final int SHORTEST_ENDING = 2;

    private UnitNames() {
    }

    /** The names, in the same order, each without the ending all of them share (see the class comment). */
    public static List<String> shortened(List<String> names) {
        List<String> distinct = names.stream().distinct().toList();
        if (distinct.size() < 2) {
            return names;
        }
        int ending = commonEndingLength(distinct);
        // Leave the place's level with the name: 甲县 | 市场监督管理局, not 甲 | 县市场监督管理局.
        while (ending > 0 && keepsPlaceLevel(distinct, ending)) {
            ending--;
        }
        if (ending < SHORTEST_ENDING) {
            return names;
        }
        int cut = ending;
        List<String> shortNames = names.stream().map(n -> n.substring(0, n.length() - cut)).toList();
        boolean usable = shortNames.stream().allMatch(n -> n.strip().length() >= 2)
                && new HashSet<>(shortNames).size() == distinct.size();
        return usable ? shortNames : names;
    }

    /**
     * Whether the shared ending of this length begins with a place's level (县 of 县市场监督管理局) that the
     * names before it lack (甲, 乙): then that character belongs to the names.
     */
    private static boolean keepsPlaceLevel(List<String> names, int ending) {
        for (String n : names) {
            if (n.length() <= ending || PLACE_ENDINGS.indexOf(n.charAt(n.length() - ending - 1)) >= 0) {
                return false;
            }
        }
        String first = names.get(0);
        return PLACE_ENDINGS.indexOf(first.charAt(first.length() - ending)) >= 0;
    }

    private static int commonEndingLength(List<String> names) {
        int shortest = names.stream().mapToInt(String::length).min().orElse(0);
        int length = 0;
        while (length < shortest) {
            char c = names.get(0).charAt(names.get(0).length() - 1 - length);
            int at = length;
            if (!names.stream().allMatch(n -> n.charAt(n.length() - 1 - at) == c)) {
                break;
            }
            length++;
        }
        return length;
    }
}
