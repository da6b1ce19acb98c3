package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedMeasuresTest {

    private static Entry row(String id, String measures) {
        return new Entry(new WorkItem(id, 1, "工作" + id, WorkItem.Kind.OFFICIAL), measures, List.of());
    }

    @Test
    void rowsWithTheSameMeasuresSpacingAsideAreFoundEachWithTheFirstOther() {
        List<Entry> form = List.of(row("1.01", "开展宣传 3 次。"), row("1.02", "另一项。"), row("1.03", "开展宣传3次。\n"),
                row("1.04", "开展宣传 3次。"), row("1.05", "不涉及"), row("1.06", "不涉及"), row("1.07", ""), row("1.08", " "));
        assertThat(RepeatedMeasures.in(form)).extracting(r -> r.row().id() + "=" + r.sameAs().id())
                .containsExactly("1.01=1.03", "1.03=1.01", "1.04=1.01");
        assertThat(RepeatedMeasures.in(List.of(row("1.01", "甲。"), row("1.02", "乙。")))).isEmpty();
    }

    @Test
    void repeatedRowsAreNumberedInRunsWithTheUnitsOwnCounted() {
        FormDefinition form = org.tianbao.form.BuiltInForms.current();
        WorkItem own = new WorkItem("L-1", 2, "本县自己的工作", WorkItem.Kind.LOCAL);
        List<Entry> entries = List.of(new Entry(form.officialItem("1.01").orElseThrow(), "同一段。", List.of()),
                new Entry(form.officialItem("1.02").orElseThrow(), "同一段。", List.of()),
                new Entry(form.officialItem("1.03").orElseThrow(), "同一段。", List.of()),
                new Entry(own, "同一段。", List.of()));
        assertThat(RepeatedMeasures.numbers(form, RepeatedMeasures.in(entries))).isEqualTo("1.01–1.03、本单位工作 1 项");
        assertThat(RepeatedMeasures.numbers(form, List.of())).isEmpty();
    }
}
