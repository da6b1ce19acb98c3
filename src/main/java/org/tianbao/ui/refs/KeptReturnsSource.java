package org.tianbao.ui.refs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tianbao.model.UnitNames;
import org.tianbao.model.WorkItem;
import org.tianbao.refs.ReferenceHit;
import org.tianbao.refs.UnitAnswers;
import org.tianbao.store.KeptReturns;

/**
 * The 下级单位 side of the 参考依据 panel: the returns of the units below that a 汇总 kept, listed for the
 * row being written or for the words searched, with a sentence saying who wrote what.
 */
final class KeptReturnsSource {

    /** Rows listed for a search. */
    static final int SEARCH_COUNT = 40;
    /**
     * Units' rows listed for a row of the form: a province that kept a hundred counties' returns reads
     * the first ones and searches for the rest (cards beyond a few dozen only slow the panel down).
     */
    static final int ITEM_COUNT = 50;

    /**
     * What to show: the answers as cards, the sentence above them, and for a row every unit's measures
     * compiled into one text with how many units wrote them, and every department they named, in order
     * (both empty for a search).
     */
    record Listing(List<ReferenceCard.Content> cards, List<UnitAnswers.Answer> answers, String status,
                   String compiled, int compiledUnits, List<String> departments) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M月d日");

    private final KeptReturns.Kept kept;
    private final UnitAnswers answers;
    /** Each unit's full name by the short one the panel shows (白云区 for 白云区市场监督管理局). */
    private final Map<String, String> fullNames = new HashMap<>();

    KeptReturnsSource(KeptReturns.Kept kept) {
        this.kept = kept;
        List<String> full = kept.returns().stream().map(KeptReturns.KeptReturn::unitName).toList();
        List<String> shown = UnitNames.shortened(full);
        List<UnitAnswers.UnitReturn> returns = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            fullNames.put(shown.get(i), full.get(i));
            returns.add(new UnitAnswers.UnitReturn(shown.get(i), kept.returns().get(i).form()));
        }
        this.answers = new UnitAnswers(returns);
    }

    int unitCount() {
        return answers.unitCount();
    }

    /** The panel's subtitle in this mode: which 汇总 the returns came from. */
    String subtitle() {
        return DATE.format(kept.keptAt().atZoneSameInstant(ZoneId.systemDefault())) + "汇总的 " + unitCount() + " 个单位的填报";
    }

    /** The units' answers to the row selected. */
    Listing forItem(WorkItem row) {
        UnitAnswers.ForItem found = answers.forItem(row);
        boolean local = row.kind() != WorkItem.Kind.OFFICIAL;
        List<UnitAnswers.Answer> listed = found.written().stream().limit(ITEM_COUNT).toList();
        List<ReferenceCard.Content> cards = listed.stream().map(a -> content(a, a.entry().item().isLocal(), "")).toList();
        long units = found.written().stream().map(UnitAnswers.Answer::unitName).distinct().count();
        StringBuilder status = new StringBuilder();
        if (local) {
            status.append(units == 0 ? "各单位在这一工作重点的“其他”中都没有填写"
                    : units + " 个单位在这一工作重点的“其他”和自行增加的工作中填写了 " + found.written().size() + " 条");
        } else {
            status.append(unitCount()).append(" 个单位中 ").append(units).append(" 个填写了这一项");
        }
        if (!found.notApplicable().isEmpty()) {
            status.append("；不涉及：").append(names(found.notApplicable()));
        }
        if (!found.empty().isEmpty() && !(local && units == 0)) {
            status.append("；未填写：").append(names(found.empty()));
        }
        if (listed.size() < found.written().size()) {
            status.append("（下面列出前 ").append(ITEM_COUNT).append(" 条，其余可在上面搜索）");
        }
        long writers = found.written().stream().filter(a -> !a.entry().measures().isBlank())
                .map(UnitAnswers.Answer::unitName).distinct().count();
        List<String> departments = found.written().stream().flatMap(a -> a.entry().departments().stream())
                .distinct().toList();
        return new Listing(cards, listed, status.append("。").toString(), UnitAnswers.compiled(found.written()),
                (int) writers, departments);
    }

    /** Every unit's rows that mention the words, with the row's own wording above each. */
    Listing search(String typed) {
        List<UnitAnswers.Answer> found = answers.search(typed, SEARCH_COUNT);
        List<ReferenceCard.Content> cards = found.stream().map(a -> content(a, true, typed)).toList();
        String status = found.isEmpty() ? "在各单位的填报中搜索“" + typed + "”：没有找到。"
                : "在各单位的填报中搜索“" + typed + "”：" + found.size() + " 条"
                + (found.size() >= SEARCH_COUNT ? "（只列出前 " + SEARCH_COUNT + " 条，请输入更多字词）" : "");
        return new Listing(cards, found, status, "", 0, List.of());
    }

    /** A unit's row as a card: the unit, the row's number (and wording, when asked), measures, departments. */
    private ReferenceCard.Content content(UnitAnswers.Answer answer, boolean withRowText, String highlight) {
        WorkItem row = answer.entry().item();
        String number = switch (row.kind()) {
            case LOCAL -> "自行增加的工作";
            case OTHER -> "编号 " + row.id() + "（其他）";
            case OFFICIAL -> "编号 " + row.id();
        };
        String measures = answer.entry().measures();
        return new ReferenceCard.Content(answer.unitName(), fullNames.getOrDefault(answer.unitName(), answer.unitName()), number, withRowText ? row.text() : "", measures,
                spans(measures, highlight), "责任部门", answer.entry().departments(), "");
    }

    /** Where the searched words stand in the text as typed (spacing aside, which then goes unmarked). */
    private static List<ReferenceHit.Span> spans(String text, String words) {
        List<ReferenceHit.Span> spans = new ArrayList<>();
        String key = words.strip();
        if (key.isEmpty()) {
            return spans;
        }
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length())) {
            spans.add(new ReferenceHit.Span(at, at + key.length()));
        }
        return spans;
    }

    private static String names(List<String> units) {
        return units.size() <= 6 ? String.join("、", units)
                : String.join("、", units.subList(0, 6)) + " 等 " + units.size() + " 个";
    }
}
