package org.tianbao.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.ItemNumberRuns;
import org.tianbao.model.RepeatedMeasures;

/**
 * Sheet 填报情况: one row per unit (file, 填报人, 联系电话, answered rows of the total, the rows left empty and
 * those declared 不涉及 by number, in runs, and what the reader had to interpret in its file or found
 * repeated in it), then the files superseded by a newer
 * return of the same unit, the listed units that sent nothing, the files that could not be read, with the
 * reason, and the Word documents passed over.
 */
final class StatusSheet {

    static final List<String> HEADER = List.of("序号", "填报单位", "文件", "状态", "填报人", "联系电话", "已填/总数",
            "未填写的工作内容（编号）", "不涉及的工作内容（编号）", "说明");
    static final List<TablePlan.Column> COLUMNS = List.of(
            new TablePlan.Column(5, true, true),
            new TablePlan.Column(18, false, false),
            new TablePlan.Column(16, false, false),
            new TablePlan.Column(16, false, false),
            new TablePlan.Column(8, true, false),
            new TablePlan.Column(12, true, false),
            new TablePlan.Column(8, true, false),
            new TablePlan.Column(24, false, false),
            new TablePlan.Column(16, false, false),
            new TablePlan.Column(22, false, false));

    private StatusSheet() {
    }

    static TableSheet of(FormDefinition form, ConsolidatedReturns returns) {
        List<String[]> body = new ArrayList<>();
        int n = 0;
        for (ReturnedForm unit : returns.units()) {
            List<String> empty = unit.form().emptyOfficialItems();
            int total = form.officialItemCount();
            body.add(new String[] {String.valueOf(++n), unit.unitName(), unit.file().getFileName().toString(),
                    "已汇总（" + when(unit) + "）", unit.form().unit().reporter(),
                    unit.form().unit().phone(), (total - empty.size()) + "/" + total, ItemNumberRuns.of(form, empty),
                    ItemNumberRuns.of(form, unit.form().notApplicableItems()), notes(form, unit)});
        }
        for (ConsolidatedReturns.Superseded s : returns.superseded()) {
            body.add(new String[] {String.valueOf(++n), s.unitName(), s.file().getFileName().toString(),
                    "未汇总：" + s.outcome(), "", "", "", "", "", ""});
        }
        for (String unit : returns.missing()) {
            body.add(new String[] {String.valueOf(++n), unit, "", "未报送", "", "", "", "", "", returns.receivedInstead(unit)
                    .map(got -> "应报单位名单中有此单位，没有收到可汇总的文件：" + got.sentence())
                    .orElse("应报单位名单中有此单位，但没有收到它的文件")});
        }
        for (ConsolidatedReturns.Unreadable u : returns.unreadable()) {
            body.add(new String[] {String.valueOf(++n), "", u.file().getFileName().toString(), "未汇总：无法读取", "", "",
                    "", "", "", u.reason()});
        }
        for (ConsolidatedReturns.Skipped s : returns.skipped()) {
            body.add(new String[] {String.valueOf(++n), "", s.file().getFileName().toString(), "已跳过", "", "", "", "", "",
                    "它" + s.described()});
        }
        String info = "汇总 " + returns.units().size() + " 个单位；" + (returns.missing().isEmpty() ? ""
                : "未报送 " + returns.missing().size() + " 个单位；") + returns.supersededSummary().replace('，', '；')
                + "；无法读取 " + returns.unreadable().size() + " 个文件" + (returns.skipped().isEmpty() ? ""
                : "；跳过 " + returns.skipped().size() + " 个无需汇总的文件");
        return new TableSheet(null, form.title() + "（填报情况）", info, HEADER, COLUMNS, body, List.of());
    }

    /** What the reader interpreted in the file, and the rows whose measures repeat another row's. */
    private static String notes(FormDefinition form, ReturnedForm unit) {
        List<String> notes = new ArrayList<>(unit.notes());
        String repeated = RepeatedMeasures.numbers(form, RepeatedMeasures.in(unit.form().entries()));
        if (!repeated.isEmpty()) {
            notes.add("具体举措与其他项相同：" + repeated);
        }
        return String.join("\n", notes);
    }

    /**
     * When the return was made: its export time, or for a file the app did not write (a Word document, or
     * an export re-saved by a program that dropped the record) the time it was last saved.
     */
    private static String when(ReturnedForm unit) {
        return unit.metadata().isPresent() ? ConsolidationWriter.stamp(unit.exportedAt()) + " 导出"
                : "文件保存于 " + ConsolidationWriter.stamp(unit.lastModified());
    }
}
