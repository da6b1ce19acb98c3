package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tianbao.form.BuiltInForms;

class NotApplicableTest {

    private static final WorkItem ITEM = new WorkItem("2.03", 2, "加强海关知识产权保护", WorkItem.Kind.OFFICIAL);

    @Test
    void theWaysCountiesWriteThatAnItemDoesNotConcernThemAreRecognised() {
        assertThat(List.of("不涉及", "本县不涉及。", " 无 ", "本单位无此项工作", "暂不涉及", "不涉及此项工作", "本区无该项任务",
                "“不涉及”", "—", "/", "——", "本部门不涉及；")).allMatch(NotApplicable::declares);
        assertThat(List.of("", "无人机产业知识产权保护", "不涉及，但将配合市局开展宣传", "涉及", "无。下半年开展执法检查",
                "本县将开展海关知识产权保护宣传", "暂定由县市场监督管理局负责")).noneMatch(NotApplicable::declares);
        assertThat(NotApplicable.declares(NotApplicable.TEXT)).isTrue();
    }

    @Test
    void aRowDeclaredNotApplicableIsDoneWithOrWithoutDepartmentsButAnOwnRowNeverIs() {
        assertThat(new Entry(ITEM, "不涉及", List.of()).status()).isEqualTo(EntryStatus.NOT_APPLICABLE);
        assertThat(new Entry(ITEM, "本县无此项工作", List.of("县商务局")).status()).isEqualTo(EntryStatus.NOT_APPLICABLE);
        assertThat(EntryStatus.NOT_APPLICABLE.isDone()).isTrue();
        assertThat(EntryStatus.PARTIAL.isDone()).isFalse();
        WorkItem own = WorkItem.newLocal(2, "自选动作");
        assertThat(new Entry(own, "无", List.of()).status()).as("an own row the unit added is its work")
                .isEqualTo(EntryStatus.PARTIAL);
    }

    @Test
    void theFormCountsItsNotApplicableRowsApartFromItsEmptyOnes() {
        FormDefinition definition = BuiltInForms.localIpStrategy2019();
        FilledForm blank = FilledForm.blank(definition, UnitInfo.EMPTY);
        List<Entry> entries = blank.entries().stream().map(e -> switch (e.item().id()) {
            case "2.03", "2.04" -> new Entry(e.item(), "不涉及", List.of());
            case "1.01" -> new Entry(e.item(), "举措", List.of("县科技局"));
            case "1.02" -> new Entry(e.item(), "举措", List.of());
            default -> e;
        }).toList();
        FilledForm form = new FilledForm(definition, blank.unit(), entries);
        assertThat(form.notApplicableItems()).containsExactly("2.03", "2.04");
        assertThat(form.completeCount()).isEqualTo(3);
        assertThat(form.incompleteEntries()).hasSize(66).noneMatch(Entry::isNotApplicable);
        assertThat(form.emptyOfficialItems()).hasSize(65).doesNotContain("1.01", "1.02", "2.03", "2.04");
    }
}
