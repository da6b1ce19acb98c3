package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntryMergeTest {

    private static final WorkItem ITEM = new WorkItem("1.02", 1, "开展知识产权区域布局试点", WorkItem.Kind.OFFICIAL);

    private static Entry entry(String measures, String... departments) {
        return new Entry(ITEM, measures, List.of(departments));
    }

    @Test
    void anEmptyRowTakesWhatTheDepartmentWrote() {
        Entry merged = EntryMerge.merge(entry(""), entry("开展区域布局试点调研。", "县科技局", "县统计局"));
        assertThat(merged.measures()).isEqualTo("开展区域布局试点调研。");
        assertThat(merged.departments()).containsExactly("县科技局", "县统计局");
    }

    @Test
    void paragraphsAreAddedOnceAndAnExtendedDraftParagraphTakesThePlaceOfTheDraft() {
        String draft = "1.制定试点方案。\n\n2.开展调研。";
        // The department kept the draft's first paragraph, extended the second and added a third.
        String theirs = "1.制定试点方案。\n2.开展调研，形成调研报告1份。\n3.召开推进会2次。";
        Entry merged = EntryMerge.merge(entry(draft, "县市场监督管理局"), entry(theirs, "县科技局（牵头）", "县市场监督管理局"));
        assertThat(merged.measures()).isEqualTo("1.制定试点方案。\n\n2.开展调研，形成调研报告1份。\n3.召开推进会2次。");
        assertThat(merged.departments()).as("the unit's own lead stays first").containsExactly("县市场监督管理局", "县科技局");

        // Two departments extending the same draft differently: both additions kept, the draft not repeated.
        Entry second = EntryMerge.merge(merged, entry("1.制定试点方案\n2.开展调研。\n4.建立工作台账。", "县统计局"));
        assertThat(second.measures()).isEqualTo(merged.measures() + "\n4.建立工作台账。");
        assertThat(second.departments()).containsExactly("县市场监督管理局", "县科技局", "县统计局");
    }

    @Test
    void nothingIsRemovedOrReplacedAndSpacingOrWidthDifferencesAddNothing() {
        Entry ours = entry("开展试点（第一批）。\n建立台账", "县市场监督管理局");
        assertThat(EntryMerge.merge(ours, entry("", "县市场监督管理局"))).isEqualTo(ours);
        assertThat(EntryMerge.merge(ours, entry("开展试点(第一批)。 "))).isEqualTo(ours);
        assertThat(EntryMerge.merge(ours, entry("建立台账"))).as("a part of what is there adds nothing").isEqualTo(ours);
        Entry reworded = EntryMerge.merge(ours, entry("开展第一批试点工作。"));
        assertThat(reworded.measures()).as("a different wording is kept beside, for the officer to choose")
                .isEqualTo("开展试点（第一批）。\n建立台账\n开展第一批试点工作。");
        // A short paragraph (a list number, 无) is never taken for a draft that a longer one extends.
        assertThat(EntryMerge.merge(entry("无"), entry("无人机产业专利导航")).measures()).isEqualTo("无人机产业专利导航");
        assertThat(EntryMerge.merge(entry("1.\n开展调研"), entry("1.开展培训")).measures())
                .isEqualTo("1.\n开展调研\n1.开展培训");
    }

    @Test
    void notApplicableAddsNothingAndGivesWayToRealMeasures() {
        Entry ours = entry("开展调研", "县市场监督管理局");
        assertThat(EntryMerge.merge(ours, entry("不涉及", "县商务局")).measures()).isEqualTo("开展调研");
        assertThat(EntryMerge.merge(entry(""), entry("本部门不涉及")).measures()).isEmpty();
        assertThat(EntryMerge.merge(entry("不涉及"), entry("开展海关知识产权保护宣传", "县商务局")).measures())
                .isEqualTo("开展海关知识产权保护宣传");
    }

    @Test
    void whatTheUnitSentIsTakenOutOfACopyAndWhatTheDepartmentAddedStays() {
        Entry draft = entry("1.制定试点方案。\n2.开展调研。", "县市场监督管理局");
        Entry copy = entry("1.制定试点方案。\n2.开展调研，形成报告1份。\n3.召开推进会。", "县市场监督管理局", "县科技局");
        Entry left = EntryMerge.withoutSentText(copy, List.of(draft));
        assertThat(left.measures()).isEqualTo("2.开展调研，形成报告1份。\n3.召开推进会。");
        assertThat(left.departments()).containsExactly("县科技局");
        assertThat(EntryMerge.withoutSentText(copy, List.of())).isEqualTo(copy);
        assertThat(EntryMerge.withoutSentText(draft, List.of(draft)).isBlank()).as("a row the department left as sent").isTrue();
    }
}
