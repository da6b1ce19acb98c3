package org.tianbao.refs;

import java.util.ArrayList;
import java.util.List;
import org.tianbao.model.TextNormalizer;

/**
 * What to look for in the plans: one or more texts, each with a weight. A work item asks with its own
 * text, its key area's title (a weaker hint) and what the officer has written so far; the search box asks
 * with the typed text alone.
 */
public final class ReferenceQuery {

    /** Weight of the work item's own text. */
    static final float ITEM_WEIGHT = 1.0f;
    /** Weight of the key area's title: it says which chapter of the plans is meant, not which item. */
    static final float AREA_WEIGHT = 0.25f;
    /** Weight of the measures written so far: the officer's own words, often taken from a plan. */
    static final float MEASURES_WEIGHT = 0.5f;
    /** Only the start of long measures is used: enough to say what they are about. */
    static final int MAX_MEASURES_CHARS = 600;

    /** One text of the query and how much it counts. */
    public record Part(String text, float weight) {
    }

    private final List<Part> parts;

    private ReferenceQuery(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** A query typed in the search box. */
    public static ReferenceQuery text(String text) {
        return new ReferenceQuery(List.of(new Part(TextNormalizer.clean(text), ITEM_WEIGHT)));
    }

    /**
     * The query for a work item of the form.
     *
     * @param itemText  the 工作内容, or empty for a 其他 row (its text is the same in every area and says nothing)
     * @param areaTitle the 工作重点 it stands under
     * @param measures  what the officer has written in 具体举措及成果形式 so far
     */
    public static ReferenceQuery forWorkItem(String itemText, String areaTitle, String measures) {
        List<Part> parts = new ArrayList<>();
        String cleanMeasures = TextNormalizer.clean(measures);
        if (cleanMeasures.length() > MAX_MEASURES_CHARS) {
            cleanMeasures = cleanMeasures.substring(0, MAX_MEASURES_CHARS);
        }
        parts.add(new Part(TextNormalizer.clean(itemText), ITEM_WEIGHT));
        parts.add(new Part(TextNormalizer.clean(areaTitle), AREA_WEIGHT));
        parts.add(new Part(cleanMeasures, MEASURES_WEIGHT));
        return new ReferenceQuery(parts.stream().filter(p -> !p.text().isEmpty()).toList());
    }

    public List<Part> parts() {
        return parts;
    }

    /** Whether there is nothing to look for. */
    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
