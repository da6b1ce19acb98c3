package org.tianbao.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The blank official form (附件): its identity, title, header and key areas with their official rows.
 * The filled-in data lives in {@link FilledForm}.
 */
public final class FormDefinition {

    private final String id;
    private final int version;
    private final int year;
    private final String label;
    private final String title;
    private final List<String> columns;
    private final List<KeyArea> areas;
    private final Map<String, WorkItem> itemsById = new LinkedHashMap<>();
    /** Official rows by key area and matching key of their text: import and consolidation look rows up often. */
    private final Map<String, WorkItem> itemsByText = new HashMap<>();
    private final Map<String, KeyArea> areasByTitle = new HashMap<>();
    /** Official rows' texts and key areas' titles as {@link RetypedTexts} compares them. */
    private final Map<String, String> retypingKeys = new HashMap<>();
    private final Map<Integer, String> areaRetypingKeys = new HashMap<>();

    public FormDefinition(String id, int version, int year, String label, String title,
                          List<String> columns, List<KeyArea> areas) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = version;
        this.year = year;
        this.label = Objects.requireNonNull(label, "label");
        this.title = Objects.requireNonNull(title, "title");
        this.columns = List.copyOf(columns);
        this.areas = List.copyOf(areas);
        for (KeyArea area : this.areas) {
            areasByTitle.putIfAbsent(TextNormalizer.forMatching(area.title()), area);
            areaRetypingKeys.put(area.number(), RetypedTexts.key(area.title()));
            for (WorkItem item : area.items()) {
                if (itemsById.put(item.id(), item) != null) {
                    throw new IllegalArgumentException("duplicate item id " + item.id());
                }
                itemsByText.putIfAbsent(textKey(area.number(), item.text()), item);
                retypingKeys.put(item.id(), RetypedTexts.key(item.text()));
            }
        }
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public int year() {
        return year;
    }

    /** The label printed above the title, 附件. */
    public String label() {
        return label;
    }

    public String title() {
        return title;
    }

    /** Header cells: 序号, 工作重点, 工作内容, 具体举措及成果形式, 责任部门. */
    public List<String> columns() {
        return columns;
    }

    public List<KeyArea> areas() {
        return areas;
    }

    public KeyArea area(int number) {
        return areas.stream().filter(a -> a.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no key area " + number));
    }

    public Optional<WorkItem> officialItem(String itemId) {
        return Optional.ofNullable(itemsById.get(itemId));
    }

    /** All official rows (including the 其他 rows) in the attachment's order. */
    public List<WorkItem> officialItems() {
        return List.copyOf(itemsById.values());
    }

    public int officialItemCount() {
        return itemsById.size();
    }

    /** Finds an official row by key area and text, the way a row is identified in a returned file. */
    public Optional<WorkItem> findOfficial(int areaNumber, String text) {
        return Optional.ofNullable(itemsByText.get(textKey(areaNumber, text)));
    }

    /**
     * The official row of the key area that a slightly different text is a retyping of, among the rows
     * {@code open} allows (those the file has not already given exactly).
     */
    public Optional<RetypedTexts.Match<WorkItem>> findRetyped(int areaNumber, String text, Predicate<WorkItem> open) {
        List<WorkItem> candidates = area(areaNumber).items().stream().filter(open).toList();
        return RetypedTexts.nearest(candidates, item -> retypingKeys.get(item.id()), text);
    }

    private static String textKey(int areaNumber, String text) {
        return areaNumber + "\u001f" + TextNormalizer.forMatching(text);
    }

    /**
     * Finds a key area by its title as printed in a returned file, or as retyped there (numbered
     * "一、", other punctuation, a character or two off).
     */
    public Optional<KeyArea> findArea(String title) {
        KeyArea exact = areasByTitle.get(TextNormalizer.forMatching(title));
        if (exact != null) {
            return Optional.of(exact);
        }
        return RetypedTexts.nearest(areas, area -> areaRetypingKeys.get(area.number()), title)
                .map(RetypedTexts.Match::value);
    }
}
