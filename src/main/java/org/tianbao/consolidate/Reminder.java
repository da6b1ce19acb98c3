package org.tianbao.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.model.UnitNames;

/**
 * The reminder a consolidator sends round (催报) after a 汇总: which units owe a return, which sent one
 * with rows still empty, each with the rows' numbers, and, when asked, whose rows repeat one paragraph — the message a city posts in its units' group chat
 * and otherwise writes by hand from the 填报情况 sheet. Units go by their places (白云区), as they call
 * each other.
 */
public final class Reminder {

    private Reminder() {
    }

    /** The reminder's text, or a sentence saying nobody owes anything. */
    public static String text(Consolidation result, LocalDate asOf) {
        return text(result, asOf, false);
    }

    /**
     * The same, and when asked, a part naming the units whose rows repeat another row's measures word for
     * word (the paragraph pasted into several items that reviewers send back).
     */
    public static String text(Consolidation result, LocalDate asOf, boolean withRepeats) {
        // A unit whose return came packed in an archive not yet unpacked has sent it: not chased.
        List<String> missing = result.returns().missing().stream().filter(unit -> result.returns().receivedInstead(unit)
                .map(ConsolidatedReturns.Received::isForTheUnit).orElse(true)).toList();
        List<Consolidation.UnitProgress> incomplete = result.unitProgress().stream()
                .filter(p -> !p.emptyItems().isEmpty()).toList();
        List<Consolidation.UnitProgress> repeating = withRepeats ? repeating(result) : List.of();
        if (missing.isEmpty() && incomplete.isEmpty() && repeating.isEmpty()) {
            return "截至" + asOf.getMonthValue() + "月" + asOf.getDayOfMonth() + "日，收到的 " + result.returns().units().size()
                    + " 个单位的《" + result.form().title() + "》每一项都已填写或注明不涉及"
                    + (result.returns().units().isEmpty() ? "" : "，没有需要催报的单位") + "。";
        }
        // Short names among all the units received (the 应报单位 list's names are the consolidator's own).
        List<String> received = result.unitProgress().stream().map(Consolidation.UnitProgress::unitName).toList();
        List<String> shortNames = UnitNames.shortened(received);
        Map<String, String> shortName = new HashMap<>();
        for (int i = 0; i < received.size(); i++) {
            shortName.put(received.get(i), shortNames.get(i));
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            // A unit that sent only a scan believes it has reported: say what came and what is needed.
            parts.add("尚未报送（" + missing.size() + " 个单位）：" + String.join("、", missing.stream()
                    .map(unit -> unit + result.returns().receivedInstead(unit)
                            .map(got -> "（" + got.sentence() + "，" + got.ask() + "）").orElse("")).toList()) + "。\n");
        }
        if (!incomplete.isEmpty()) {
            parts.add(unitLines("已报送，但尚有未填写的项", incomplete, p -> shortName.get(p.unitName()) + "："
                    + (p.emptyItems().size() == p.total() ? "全部 " + p.total() + " 项都未填写"
                    : "未填写 " + p.emptyRuns() + "（共 " + p.emptyItems().size() + " 项）")));
        }
        if (!repeating.isEmpty()) {
            parts.add(unitLines("有的工作内容具体举措与其他项一字不差", repeating,
                    p -> shortName.get(p.unitName()) + "：" + p.repeatedRuns()));
        }
        StringBuilder text = new StringBuilder("关于报送《").append(result.form().title()).append("》的提醒（截至")
                .append(asOf.getMonthValue()).append("月").append(asOf.getDayOfMonth()).append("日）：\n");
        // Numbered only when there are several parts.
        for (int i = 0; i < parts.size(); i++) {
            text.append(parts.size() > 1 ? NUMBERS[i] : "").append(parts.get(i));
        }
        List<String> asks = new ArrayList<>();
        if (!missing.isEmpty() || !incomplete.isEmpty()) {
            asks.add("请以上单位尽快报送、补充；不涉及的项请注明“不涉及”");
        }
        if (!repeating.isEmpty()) {
            asks.add(asks.isEmpty() ? "请以上单位按各项工作分别填写具体举措" : "具体举措相同的项，请按各项工作分别填写");
        }
        return text.append(String.join("；", asks)).append("。").toString();
    }

    /** How many units the repeated part would name. */
    public static int repeatingUnits(Consolidation result) {
        return repeating(result).size();
    }

    private static final String[] NUMBERS = {"一、", "二、", "三、"};

    private static List<Consolidation.UnitProgress> repeating(Consolidation result) {
        return result.unitProgress().stream().filter(p -> !p.repeatedRuns().isEmpty()).toList();
    }

    /** A part of the reminder: its heading with the count of units, then a line per unit. */
    private static String unitLines(String heading, List<Consolidation.UnitProgress> units,
                                    Function<Consolidation.UnitProgress, String> line) {
        StringBuilder text = new StringBuilder(heading).append("（").append(units.size()).append(" 个单位）：\n");
        for (int i = 0; i < units.size(); i++) {
            text.append(line.apply(units.get(i))).append(i == units.size() - 1 ? "。\n" : "；\n");
        }
        return text.toString();
    }
}
