package org.tianbao.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

    /** Short forms officers write for an office's name, longest first, each with the full one. */
    private static final List<Map.Entry<String, String>> SHORT_FORMS = List.of(
            Map.entry("市场监督局", "市场监督管理局"), Map.entry("市场监管局", "市场监督管理局"),
            Map.entry("市监局", "市场监督管理局"), Map.entry("知产局", "知识产权局"));
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");

    private UnitNames() {
    }

    /**
     * The key under which returns are one unit's: spacing, full- or half-width characters, a bracketed second
     * name and the short form of an office's name do not tell units apart — 白云区市场监管局 and
     * 白云区市场监督管理局（知识产权局） are one unit that corrected its name between two returns.
     */
    public static String sameUnitKey(String name) {
        String key = BRACKETED.matcher(TextNormalizer.forMatching(name)).replaceAll("");
        for (Map.Entry<String, String> form : SHORT_FORMS) {
            if (key.endsWith(form.getKey())) {
                return key.substring(0, key.length() - form.getKey().length()) + form.getValue();
            }
        }
        return key;
    }

    /**
     * The keys a unit's key may also be written as without the places before its own (贵阳市白云区市场监督管理局 →
     * 白云区市场监督管理局): returns under such names are perhaps one unit's. Not a name inside another's
     * (正宁县… does not give 宁县…), since only a place's level ends what is cut off.
     */
    public static List<String> withoutLeadingPlaces(String key) {
        List<String> shorter = new ArrayList<>();
        for (int i = 0; i < key.length() - 1; i++) {
            // A place ends there (not 州 inside 贵州省), and what is left still names one: 市场监督管理局 alone is
            // no unit's.
            if (PLACE_ENDINGS.indexOf(key.charAt(i)) >= 0 && PLACE_ENDINGS.indexOf(key.charAt(i + 1)) < 0
                    && UnitLevel.ofUnit(key.substring(i + 1)).isPresent()) {
                shorter.add(key.substring(i + 1));
            }
        }
        return shorter;
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
