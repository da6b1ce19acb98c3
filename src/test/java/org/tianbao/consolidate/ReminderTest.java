package org.tianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;

/** 催报通知: the message a consolidator sends round after a 汇总. */
class ReminderTest {

    private final FormDefinition form = BuiltInForms.current();
    private final LocalDate asOf = LocalDate.of(2026, 11, 24);

    @Test
    void namesTheUnitsThatOweAReturnAndTheRowsOthersLeftEmpty() {
        Consolidation result = new Consolidation(form, new ConsolidatedReturns(List.of(
                returned("白云区市场监督管理局", List.of("1.09", "2.07", "2.08", "2.09")),
                returned("开阳县市场监督管理局", List.of()),
                returned("清镇市市场监督管理局", form.officialItems().stream().map(i -> i.id()).toList())),
                List.of(), List.of(), List.of(), List.of("修文县", "息烽县")));

        assertThat(Reminder.text(result, asOf)).isEqualTo("""
                关于报送《2019年地方知识产权战略实施工作要点表》的提醒（截至11月24日）：
                一、尚未报送（2 个单位）：修文县、息烽县。
                二、已报送，但尚有未填写的项（2 个单位）：
                白云区：未填写 1.09、2.07–2.09（共 4 项）；
                清镇市：全部 69 项都未填写。
                请以上单位尽快报送、补充；不涉及的项请注明“不涉及”。""");
    }

    @Test
    void namesTheUnitsWhoseRowsRepeatOneParagraphWhenAsked() {
        ReturnedForm distinct = returned("开阳县市场监督管理局", List.of(), id -> id + " 已落实。");
        ReturnedForm pasted = returned("白云区市场监督管理局", List.of(),
                id -> id.equals("1.05") || id.equals("3.01") ? "开展宣传活动3次。" : id + " 已落实。");
        Consolidation result = new Consolidation(form, new ConsolidatedReturns(List.of(pasted, distinct),
                List.of(), List.of()));

        assertThat(Reminder.repeatingUnits(result)).isEqualTo(1);
        assertThat(Reminder.text(result, asOf, false)).startsWith("截至11月24日，收到的 2 个单位");
        assertThat(Reminder.text(result, asOf, true)).isEqualTo("""
                关于报送《2019年地方知识产权战略实施工作要点表》的提醒（截至11月24日）：
                有的工作内容具体举措与其他项一字不差（1 个单位）：
                白云区：1.05、3.01。
                请以上单位按各项工作分别填写具体举措。""");
    }

    @Test
    void saysSoWhenNobodyOwesAnything() {
        Consolidation result = new Consolidation(form, new ConsolidatedReturns(List.of(
                returned("白云区市场监督管理局", List.of())), List.of(), List.of()));

        assertThat(Reminder.text(result, asOf)).isEqualTo(
                "截至11月24日，收到的 1 个单位的《2019年地方知识产权战略实施工作要点表》每一项都已填写或注明不涉及，没有需要催报的单位。");
    }

    /** A unit's return with every row filled but those given. */
    private ReturnedForm returned(String unit, List<String> empty) {
        return returned(unit, empty, id -> "已落实。");
    }

    /** The same, each row's measures as given. */
    private ReturnedForm returned(String unit, List<String> empty, java.util.function.UnaryOperator<String> measures) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : FilledForm.blank(form, UnitInfo.EMPTY).entries()) {
            entries.add(empty.contains(e.item().id()) ? e
                    : new Entry(e.item(), measures.apply(e.item().id()), List.of("县科技局")));
        }
        FilledForm filled = new FilledForm(form, new UnitInfo(unit, "", ""), entries);
        return new ReturnedForm(Path.of(unit + ".xlsx"), filled, Optional.empty(), Instant.now(), false, List.of());
    }
}
