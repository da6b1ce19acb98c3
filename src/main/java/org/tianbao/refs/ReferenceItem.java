package org.tianbao.refs;

import java.util.List;
import java.util.Objects;

/**
 * One numbered item of a reference plan.
 *
 * @param plan    the plan it belongs to
 * @param number  the item's number as the plan numbers it (see {@link PlanParser} implementations)
 * @param section the headings it stands under, outermost first, e.g. 一、深化知识产权领域改革 （一）推进…
 * @param text    the item's own text, without the bodies; paragraphs separated by \n
 * @param bodies  the responsible or executing bodies it names, in order: the first one leads
 * @param note    what the plan says besides (who must do it, by when); may be empty
 */
public record ReferenceItem(ReferencePlan plan, String number, String section, String text, List<String> bodies,
                            String note) {

    public ReferenceItem {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
        bodies = List.copyOf(bodies);
    }

    /** The leading body (牵头), if the item names any. */
    public String lead() {
        return bodies.isEmpty() ? "" : bodies.get(0);
    }

    /** The text on one line, paragraphs separated by a space (for the command line). */
    public String oneLineText() {
        return text.replaceAll("\\s*[\\n\\t]+\\s*", " ").trim();
    }
}
