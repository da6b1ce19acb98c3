package org.tianbao.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rows whose measures repeat another row's word for word (spacing aside): one paragraph pasted into several
 * work items, which reviewers above send back. Empty rows and rows declared 不涉及 are not compared.
 */
public final class RepeatedMeasures {

    /** A row and the first other row (in the form's order) with the same measures. */
    public record Repeat(WorkItem row, WorkItem sameAs) {
    }

    /** How a message names a row: an official one by its number (1.05), one of the unit's own by its name's start. */
    public static String name(WorkItem row) {
        if (!row.isLocal()) {
            return row.id();
        }
        String text = row.text();
        return "“" + (text.length() > 8 ? text.substring(0, 8) + "…" : text) + "”";
    }

    /**
     * The repeated rows by number, in runs as the 汇总 lists rows (1.05、3.01–3.03), the unit's own rows
     * counted after them (本单位工作 2 项); empty when there are none.
     */
    public static String numbers(FormDefinition form, List<Repeat> repeats) {
        List<String> official = repeats.stream().map(Repeat::row).filter(r -> !r.isLocal()).map(WorkItem::id).toList();
        long own = repeats.stream().filter(r -> r.row().isLocal()).count();
        String runs = official.isEmpty() ? "" : ItemNumberRuns.of(form, official);
        String owns = own == 0 ? "" : "本单位工作 " + own + " 项";
        return runs.isEmpty() || owns.isEmpty() ? runs + owns : runs + "、" + owns;
    }

    /** The repeats in one sentence for the command line: 2 项的具体举措与其他项相同：1.05 同 3.01，3.01 同 1.05。 */
    public static String sentence(List<Repeat> repeats) {
        StringBuilder text = new StringBuilder().append(repeats.size()).append(" 项的具体举措与其他项相同：");
        for (int i = 0; i < repeats.size(); i++) {
            text.append(i == 0 ? "" : "，").append(name(repeats.get(i).row())).append(" 同 ")
                    .append(name(repeats.get(i).sameAs()));
        }
        return text.append("。").toString();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RepeatedMeasures() {
    }

    /** Every row whose measures another row has too, in the form's order. */
    public static List<Repeat> in(List<Entry> entries) {
        Map<String, List<WorkItem>> rowsByText = new HashMap<>();
        for (Entry entry : entries) {
            if (!entry.measures().isBlank() && !entry.isNotApplicable()) {
                rowsByText.computeIfAbsent(key(entry.measures()), k -> new ArrayList<>()).add(entry.item());
            }
        }
        List<Repeat> repeats = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.measures().isBlank() || entry.isNotApplicable()) {
                continue;
            }
            List<WorkItem> same = rowsByText.get(key(entry.measures()));
            same.stream().filter(row -> !row.equals(entry.item())).findFirst()
                    .ifPresent(other -> repeats.add(new Repeat(entry.item(), other)));
        }
        return repeats;
    }

    /** The first other row (in the form's order) whose measures are these, spacing aside; empty when none. */
    public static Optional<WorkItem> sameAs(WorkItem row, String measures, List<Entry> entries) {
        if (measures.isBlank() || NotApplicable.declares(measures)) {
            return Optional.empty();
        }
        String key = key(measures);
        return entries.stream()
                .filter(e -> !e.item().id().equals(row.id()) && !e.isNotApplicable() && key(e.measures()).equals(key))
                .map(Entry::item).findFirst();
    }

    private static String key(String measures) {
        return SPACES.matcher(measures).replaceAll("");
    }
}
