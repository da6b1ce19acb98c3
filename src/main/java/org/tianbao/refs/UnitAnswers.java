package org.tianbao.refs;

import java.util.ArrayList;
import java.util.List;
import org.tianbao.model.Entry;
import org.tianbao.model.EntryStatus;
import org.tianbao.model.FilledForm;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.WorkItem;

/**
 * What the units below wrote, as the returns a 汇总 kept: for the row being written, each unit's measures
 * and departments, and who declared it 不涉及 or left it empty; or every row of theirs that mentions some
 * words. A city writing its own form draws on its counties' returns this way, row by row.
 */
public final class UnitAnswers {

    /** A unit's return: its name (or its file's, when it named none) and the form as read. */
    public record UnitReturn(String unitName, FilledForm form) {
    }

    /** One row of a unit's return with something written in it. */
    public record Answer(String unitName, Entry entry) {
    }

    /**
     * The units' answers to one row, in the units' order: the rows they wrote in, and the names of those
     * that declared it 不涉及 and of those that left it empty.
     */
    public record ForItem(List<Answer> written, List<String> notApplicable, List<String> empty) {

        public ForItem {
            written = List.copyOf(written);
            notApplicable = List.copyOf(notApplicable);
            empty = List.copyOf(empty);
        }
    }

    private final List<UnitReturn> returns;

    public UnitAnswers(List<UnitReturn> returns) {
        this.returns = List.copyOf(returns);
    }

    public int unitCount() {
        return returns.size();
    }

    /**
     * The units' answers to a row of this unit's form. For an official row, each unit's same row. For an
     * area's 其他 row, or a row of this unit's own under the area, each unit's 其他 row of the area and the
     * rows of their own they added there: local work is compared with local work.
     */
    public ForItem forItem(WorkItem item) {
        List<Answer> written = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        boolean local = item.kind() != WorkItem.Kind.OFFICIAL;
        for (UnitReturn r : returns) {
            List<Entry> rows = local
                    ? r.form().entriesOf(item.areaNumber()).stream().filter(e -> e.item().kind() != WorkItem.Kind.OFFICIAL).toList()
                    : r.form().entry(item.id()).stream().toList();
            List<Entry> answered = rows.stream().filter(e -> hasContent(e)).toList();
            answered.forEach(e -> written.add(new Answer(r.unitName(), e)));
            if (answered.isEmpty()) {
                boolean declined = rows.stream().anyMatch(Entry::isNotApplicable);
                (declined ? notApplicable : empty).add(r.unitName());
            }
        }
        return new ForItem(written, notApplicable, empty);
    }

    /**
     * The rows of every unit whose measures, departments or (for rows of their own) text contain the
     * words, whatever their spacing and full- or half-width forms; the units' order, then the form's.
     */
    public List<Answer> search(String words, int limit) {
        String key = TextNormalizer.forMatching(words);
        List<Answer> found = new ArrayList<>();
        if (key.isEmpty()) {
            return found;
        }
        for (UnitReturn r : returns) {
            for (Entry e : r.form().entries()) {
                if (found.size() >= limit) {
                    return found;
                }
                if (hasContent(e) && matches(e, key)) {
                    found.add(new Answer(r.unitName(), e));
                }
            }
        }
        return found;
    }

    private static boolean matches(Entry e, String key) {
        return TextNormalizer.forMatching(e.measures()).contains(key)
                || TextNormalizer.forMatching(String.join("", e.departments())).contains(key)
                || (e.item().isLocal() && TextNormalizer.forMatching(e.item().text()).contains(key));
    }

    /** Written in: measures or departments, and not a 不涉及 declaration. */
    /**
     * The measures of some answers as one text, a paragraph each headed by its unit — 白云区：…, and for a
     * row of the unit's own 白云区（数字化监管）：… — for a city that writes its own return from its units'.
     * Answers with departments only are left out.
     */
    public static String compiled(List<Answer> answers) {
        StringBuilder text = new StringBuilder();
        for (Answer answer : answers) {
            String measures = answer.entry().measures().strip();
            if (measures.isEmpty()) {
                continue;
            }
            WorkItem row = answer.entry().item();
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(answer.unitName());
            if (row.isLocal()) {
                text.append('（').append(row.text()).append('）');
            }
            text.append('：').append(measures);
        }
        return text.toString();
    }

    private static boolean hasContent(Entry e) {
        EntryStatus status = e.status();
        return status == EntryStatus.COMPLETE || status == EntryStatus.PARTIAL;
    }
}
