package org.tianbao.excel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.KeyArea;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.WorkItem;

/**
 * Sheet 汇总: 序号 | 工作重点 | 工作内容 | 填报单位 | 具体举措及成果形式 | 责任部门, one row per unit per work item the
 * unit filled, in the form's order then unit order; 序号/工作重点 merged over the key area and 工作内容 over
 * its units. The units' own rows follow their key area's rows, the same text of several units together.
 */
final class SummarySheet {

    static final List<String> HEADER = List.of("序号", "工作重点", "工作内容", "填报单位", "具体举措及成果形式", "责任部门");
    static final List<TablePlan.Column> COLUMNS = List.of(
            new TablePlan.Column(6, true, true),
            new TablePlan.Column(12, true, false),
            new TablePlan.Column(24, false, false),
            new TablePlan.Column(16, true, false),
            new TablePlan.Column(52, false, false),
            new TablePlan.Column(22, false, false));

    private SummarySheet() {
    }

    static TableSheet of(FormDefinition form, List<ReturnedForm> units) {
        List<String[]> body = new ArrayList<>();
        List<Object> areaKeys = new ArrayList<>();
        List<Object> itemKeys = new ArrayList<>();
        List<Map<String, Entry>> entries = units.stream().map(SummarySheet::byId).toList();
        for (KeyArea area : form.areas()) {
            for (WorkItem item : area.items()) {
                for (int u = 0; u < units.size(); u++) {
                    Entry e = entries.get(u).get(item.id());
                    if (e != null && !e.isBlank()) {
                        body.add(row(area, item.text(), units.get(u).unitName(), e));
                        areaKeys.add(area.number());
                        itemKeys.add(item.id());
                    }
                }
            }
            Map<String, List<String[]>> own = new LinkedHashMap<>();
            for (ReturnedForm unit : units) {
                for (Entry e : unit.form().entriesOf(area.number())) {
                    if (e.item().isLocal() && !e.isBlank()) {
                        own.computeIfAbsent(TextNormalizer.forMatching(e.item().text()), k -> new ArrayList<>())
                                .add(row(area, e.item().text(), unit.unitName(), e));
                    }
                }
            }
            own.forEach((text, rows) -> rows.forEach(r -> {
                body.add(r);
                areaKeys.add(area.number());
                itemKeys.add(area.number() + "\u001fL\u001f" + text);
            }));
        }
        Object[] rowKeys = new Object[body.size()];
        Arrays.setAll(rowKeys, i -> i);
        List<TablePlan.MergeRule> rules = List.of(
                new TablePlan.MergeRule(new int[] {0, 1}, areaKeys.toArray()),
                new TablePlan.MergeRule(new int[] {2}, itemKeys.toArray()),
                // Measures too long for a page go on in the rows below; unit and departments span them.
                new TablePlan.MergeRule(new int[] {3, 5}, rowKeys));
        String info = "汇总单位：" + units.size() + " 个\u3000\u3000汇总时间：" + ConsolidationWriter.stamp(Instant.now());
        return new TableSheet(null, form.title() + "（汇总）", info, HEADER, COLUMNS, body, rules);
    }

    private static Map<String, Entry> byId(ReturnedForm unit) {
        Map<String, Entry> map = new java.util.HashMap<>();
        unit.form().entries().forEach(e -> map.put(e.item().id(), e));
        return map;
    }

    private static String[] row(KeyArea area, String itemText, String unit, Entry e) {
        return new String[] {String.valueOf(area.number()), area.title(), itemText, unit, e.measures(),
                Departments.join(e.departments())};
    }
}
