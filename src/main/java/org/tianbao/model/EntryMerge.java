package org.tianbao.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds what someone else wrote for a row to what the unit has, never taking anything away. A county
 * office hands the form to its departments and gets back files in which each filled its own rows, often
 * over the office's draft: their paragraphs are added to the row's measures, a paragraph already there
 * is not repeated, and one that extends a paragraph already there (the draft with a sentence added)
 * takes its place. Two different wordings of the same thing are both kept, for the officer to choose.
 */
public final class EntryMerge {

    /**
     * Shortest paragraph (in characters compared) that a longer one may replace as its extension: a
     * shorter one, a list number or 无, is part of too many texts to say anything.
     */
    private static final int MIN_EXTENDED_LENGTH = 4;

    /** Sentence-closing marks, as NFKC leaves them. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.，,；;：:！!？?、]+$");

    private EntryMerge() {
    }

    /**
     * The row with the contribution's measures and departments added. A contribution declaring 不涉及
     * adds nothing here (the department may simply not be concerned); a row the unit declared 不涉及
     * takes the contribution's measures instead, since somebody does have work there.
     */
    public static Entry merge(Entry current, Entry contribution) {
        return new Entry(current.item(), measures(current.measures(), contribution.measures()),
                departments(current.departments(), contribution.departments()));
    }

    /**
     * A department's copy without what the unit itself wrote in a version it gave away (the draft the copy
     * was made from): its paragraphs and departments. The unit may have changed or dropped them since, and
     * a merge must not bring them back; what the department added stays.
     */
    public static Entry withoutSentText(Entry contribution, List<Entry> sent) {
        if (sent.isEmpty()) {
            return contribution;
        }
        Set<String> sentKeys = new HashSet<>();
        Set<String> sentDepartments = new HashSet<>();
        for (Entry e : sent) {
            for (String line : e.measures().split("\n")) {
                sentKeys.add(key(line));
            }
            sentDepartments.addAll(e.departments());
        }
        List<String> kept = new ArrayList<>();
        for (String line : contribution.measures().split("\n")) {
            if (!sentKeys.contains(key(line))) {
                kept.add(line);
            }
        }
        List<String> departments = contribution.departments().stream().filter(d -> !sentDepartments.contains(d)).toList();
        return new Entry(contribution.item(), String.join("\n", kept), departments);
    }

    static String measures(String current, String contribution) {
        if (contribution.isBlank() || NotApplicable.declares(contribution)) {
            return current;
        }
        if (current.isBlank() || NotApplicable.declares(current)) {
            return contribution;
        }
        // Lines are kept as they are, blank ones included, so that a text with nothing to add comes back unchanged.
        List<String> lines = new ArrayList<>(List.of(current.split("\n", -1)));
        for (String paragraph : contribution.split("\n")) {
            String key = key(paragraph);
            if (key.isEmpty() || lines.stream().anyMatch(line -> key(line).contains(key))) {
                continue;
            }
            int extended = -1;
            for (int i = 0; i < lines.size(); i++) {
                String lineKey = key(lines.get(i));
                if (lineKey.length() >= MIN_EXTENDED_LENGTH && key.contains(lineKey)) {
                    extended = i;
                    break;
                }
            }
            if (extended >= 0) {
                lines.set(extended, paragraph);
            } else {
                lines.add(paragraph);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * A paragraph as compared: widths and spaces ignored, and its closing punctuation, since a sentence
     * carried on ends the draft's one with a comma instead of a full stop (调研。→ 调研，形成报告1份。).
     */
    private static String key(String paragraph) {
        return TRAILING_PUNCTUATION.matcher(TextNormalizer.forMatching(paragraph)).replaceAll("");
    }

    /** The unit's departments first, in their order (the one leading stays first), then the new ones. */
    static List<String> departments(List<String> current, List<String> contribution) {
        LinkedHashSet<String> names = new LinkedHashSet<>(current);
        names.addAll(contribution);
        return List.copyOf(names);
    }
}
