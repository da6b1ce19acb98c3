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
}
