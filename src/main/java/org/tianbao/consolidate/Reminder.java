package org.tianbao.consolidate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tianbao.model.UnitNames;

/**
 * The reminder a consolidator sends round (催报) after a 汇总: which units owe a return, and which sent one
 * with rows still empty, each with the rows' numbers — the message a city posts in its units' group chat
 * and otherwise writes by hand from the 填报情况 sheet. Units go by their places (白云区), as they call
 * each other.
 */
public final class Reminder {

    private Reminder() {
    }

    /** The reminder's text, or a sentence saying nobody owes anything. */
    public static String text(Consolidation result, LocalDate asOf) {
        List<String> missing = result.returns().missing();
        List<Consolidation.UnitProgress> incomplete = result.unitProgress().stream()
                .filter(p -> !p.emptyItems().isEmpty()).toList();
        if (missing.isEmpty() && incomplete.isEmpty()) {
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
        StringBuilder text = new StringBuilder("关于报送《").append(result.form().title()).append("》的提醒（截至")
                .append(asOf.getMonthValue()).append("月").append(asOf.getDayOfMonth()).append("日）：\n");
        // Numbered only when there are both parts.
        boolean numbered = !missing.isEmpty() && !incomplete.isEmpty();
        if (!missing.isEmpty()) {
            text.append(numbered ? "一、" : "").append("尚未报送（").append(missing.size()).append(" 个单位）：")
                    .append(String.join("、", missing)).append("。\n");
        }
        if (!incomplete.isEmpty()) {
            text.append(numbered ? "二、" : "").append("已报送，但尚有未填写的项（").append(incomplete.size()).append(" 个单位）：\n");
            for (int i = 0; i < incomplete.size(); i++) {
                Consolidation.UnitProgress p = incomplete.get(i);
                text.append(shortName.get(p.unitName())).append("：")
                        .append(p.emptyItems().size() == p.total() ? "全部 " + p.total() + " 项都未填写"
                                : "未填写 " + p.emptyRuns() + "（共 " + p.emptyItems().size() + " 项）")
                        .append(i == incomplete.size() - 1 ? "。\n" : "；\n");
            }
        }
        return text.append("请以上单位尽快报送、补充；不涉及的项请注明“不涉及”。").toString();
    }
}
