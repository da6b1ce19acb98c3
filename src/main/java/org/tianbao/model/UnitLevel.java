package org.tianbao.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The administrative level a reporting unit works at, as its name shows it — 县, 区, 市 (a county-level or a
 * prefecture-level city), 旗, an autonomous prefecture's 州 (黔东南州) or 盟, or a province — and department
 * names written for one level renamed for another:
 * 县财政局 → 区财政局, 共青团县委 → 共青团区委, 人民银行县支行 → 人民银行区支行; a province's by their own names
 * (县财政局 → 省财政厅, see {@link ProvincialDepartments}).
 *
 * <p>The default department dictionary and 部门对应表 are written for a county; a district or a city would
 * otherwise retype every name it uses.
 */
public enum UnitLevel {
    COUNTY('县'), DISTRICT('区'), CITY('市'), BANNER('旗'), PREFECTURE('州'), LEAGUE('盟'), PROVINCE('省');

    /** Where a unit's own name starts after its place (白云区|市场监督管理局); the place ends before it. */
    private static final List<String> OFFICE_WORDS = List.of("市场监督管理", "市场监管", "市监", "知识产权", "知产",
            "人民政府", "科学技术", "科技", "工业和信息化", "工信", "发展和改革", "发改", "商务", "委员会", "市政", "市容");
    /** Words that begin with a level's character without being a level: 市场监督管理局, 市监局, 区域, 县域. */
    private static final List<String> NOT_LEVELS = List.of("市场", "市监", "市民", "市政", "市容", "区域", "区块", "县域");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");

    private final char mark;

    UnitLevel(char mark) {
        this.mark = mark;
    }

    /** The level's character, as department names begin with it: 区. */
    public String mark() {
        return String.valueOf(mark);
    }

    /** How the officer says it: 区级. */
    public String label() {
        return mark + "级";
    }

    /**
     * The level of a unit by its name: the level of its place, the last one before the office's own name
     * (贵阳市白云区市场监督管理局 → 区, 清镇市市场监督管理局 → 市, 黔东南州市场监督管理局 → 州, 贵州省知识产权局 → 省).
     * Empty when the name shows none.
     */
    public static Optional<UnitLevel> ofUnit(String unitName) {
        return placeMark(unitName).flatMap(UnitLevel::of);
    }

    /**
     * The unit's own place, the last in its name (贵阳市白云区市场监督管理局 → 白云区, 黔东县 → 黔东县, 贵州省知识产权局 →
     * 贵州省): how its files are usually named. Empty when the name shows no place.
     */
    public static Optional<String> place(String unitName) {
        String name = plain(unitName);
        int end = placeEnd(name);
        // At 0, the level stands alone (县市场监督管理局): no place's name.
        if (end < 1) {
            return Optional.empty();
        }
        int start = end - 1;
        while (start > 0 && !isPlaceMark(name, start - 1)) {
            start--;
        }
        return Optional.of(name.substring(start, end + 1));
    }

    /** The character that ends the unit's place and gives its level: the last before the office's name. */
    private static Optional<Character> placeMark(String unitName) {
        String name = plain(unitName);
        int end = placeEnd(name);
        return end < 0 ? Optional.empty() : Optional.of(name.charAt(end));
    }

    private static String plain(String unitName) {
        return unitName == null ? ""
                : BRACKETED.matcher(TextNormalizer.clean(unitName)).replaceAll("").replaceAll("\\s+", "");
    }

    /** Where the unit's place ends (at its level's character), or -1. */
    private static int placeEnd(String name) {
        int placeEnd = name.length();
        for (String word : OFFICE_WORDS) {
            int at = name.indexOf(word);
            if (at >= 0 && at < placeEnd) {
                placeEnd = at;
            }
        }
        for (int i = placeEnd - 1; i >= 0; i--) {
            if (isPlaceMark(name, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPlaceMark(String name, int at) {
        return of(name.charAt(at)).isPresent() && !startsWord(name, at);
    }

    /**
     * The level a department name is written for: 县财政局 → 县, 共青团区委 → 区, 人民银行市支行 → 市. Empty for a
     * name without one (各乡镇人民政府, 市场监督管理局, 开阳县财政局: a named place is kept as it is).
     */
    public static Optional<UnitLevel> ofDepartment(String name) {
        return levelAt(name).flatMap(at -> of(name.charAt(at)));
    }

    /** The level most of these names are written for, with how many are; empty when none has a level. */
    public static Optional<Map.Entry<UnitLevel, Integer>> mostCommon(List<String> names) {
        Map<UnitLevel, Integer> counts = new EnumMap<>(UnitLevel.class);
        for (String name : names) {
            ofDepartment(name).ifPresent(level -> counts.merge(level, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> Map.entry(e.getKey(), e.getValue()));
    }

    /**
     * The name as this level writes it when it is written for another (县财政局 → 区财政局, 县财政局 → 省财政厅,
     * 省科技厅 → 区科技局); others as they are, also a province's department without a county counterpart.
     */
    public String rename(String name) {
        Optional<UnitLevel> written = ofDepartment(name);
        if (written.isEmpty() || written.get() == this) {
            return name;
        }
        if (this == PROVINCE) {
            return ProvincialDepartments.provincial(COUNTY.rename(name)).orElse(name);
        }
        if (written.get() == PROVINCE) {
            return ProvincialDepartments.county(name).map(this::rename).orElse(name);
        }
        int at = levelAt(name).orElseThrow();
        return name.substring(0, at) + mark + name.substring(at + 1);
    }

    /** Where the level's character of a department name is: first (县财政局), or in 共青团县委, 人民银行县支行. */
    private static Optional<Integer> levelAt(String name) {
        if (name == null || name.length() < 2) {
            return Optional.empty();
        }
        if (of(name.charAt(0)).isPresent() && !startsWord(name, 0)) {
            return Optional.of(0);
        }
        for (String before : List.of("共青团", "人民银行")) {
            int at = before.length();
            if (name.startsWith(before) && name.length() > at + 1 && of(name.charAt(at)).isPresent()
                    && (name.startsWith("委", at + 1) || name.startsWith("支行", at + 1))) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWord(String name, int at) {
        return NOT_LEVELS.stream().anyMatch(word -> name.startsWith(word, at));
    }

    private static Optional<UnitLevel> of(char mark) {
        for (UnitLevel level : values()) {
            if (level.mark == mark) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
