package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tianbao.form.BuiltInForms;

class ReturnChangesTest {

    private static final FormDefinition FORM = BuiltInForms.localIpStrategy2019();

    private static FilledForm form(List<Entry> own, String... idAndMeasures) {
        List<Entry> official = new ArrayList<>();
        for (WorkItem item : FORM.officialItems()) {
            Entry e = Entry.blank(item);
            for (int i = 0; i < idAndMeasures.length; i += 2) {
                if (idAndMeasures[i].equals(item.id())) {
                    e = new Entry(item, idAndMeasures[i + 1], List.of("县科技局"));
                }
            }
            official.add(e);
        }
        return new FilledForm(FORM, UnitInfo.EMPTY, FilledForm.inPrintOrder(FORM, official, own));
    }

    private static Entry own(String text, String measures) {
        return new Entry(WorkItem.newLocal(3, text), measures, List.of());
    }

    @Test
    void aCorrectedReturnSaysWhichRowsItChanged() {
        FilledForm older = form(List.of(own("专利导航", "开展导航"), own("商标指导站", "建站 2 个")),
                "1.01", "甲", "1.02", "乙", "1.03", "丙", "2.03", "丁");
        FilledForm newer = form(List.of(own("专利导航", "开展导航 3 次"), own("地理标志培育", "培育 1 件")),
                "1.01", "甲", "1.02", "乙（修改）", "1.03", "丙（修改）", "1.04", "新写", "2.03", "不涉及");
        ReturnChanges changes = ReturnChanges.between(older, newer);
        assertThat(changes.changedItems()).containsExactly("1.02", "1.03", "1.04", "2.03");
        assertThat(changes.describe(FORM)).isEqualTo("改了 4 项：1.02–1.04、2.03；新增本单位工作“地理标志培育”；"
                + "删去本单位工作“商标指导站”；改了本单位工作“专利导航”");
        assertThat(ReturnChanges.between(older, older).describe(FORM)).isEqualTo("内容相同");
        assertThat(ReturnChanges.between(older, older).isEmpty()).isTrue();
    }
}
