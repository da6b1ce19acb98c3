package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRulesTest {

    private static final WorkItem ITEM = new WorkItem("1.01", 1, "开展知识产权管理体制机制改革", WorkItem.Kind.OFFICIAL);

    @Test
    void departmentsKeepOrderDropRepeatsAndLeadMarks() {
        assertThat(Departments.split(" 县科技局（牵头）、县财政局，县科技局;县公安局\n\n ")).containsExactly("县科技局", "县财政局", "县公安局");
        assertThat(Departments.join(List.of("县科技局", "县财政局"))).isEqualTo("县科技局、县财政局");
        assertThat(Departments.split("  ")).isEmpty();
        assertThat(Departments.split("县财政局、县科技局 （牵头）\t县公安局")).as("the one marked 牵头 leads")
                .containsExactly("县科技局", "县财政局", "县公安局");
        assertThat(Departments.normalize(List.of("县 科技局", "", "县科技局"))).containsExactly("县科技局");
    }

    @Test
    void entryStatusNeedsBothMeasuresAndDepartments() {
        assertThat(Entry.blank(ITEM).status()).isEqualTo(EntryStatus.EMPTY);
        assertThat(new Entry(ITEM, "  \n ", List.of()).status()).isEqualTo(EntryStatus.EMPTY);
        assertThat(new Entry(ITEM, "举措", List.of()).status()).isEqualTo(EntryStatus.PARTIAL);
        assertThat(new Entry(ITEM, "", List.of("县科技局")).status()).isEqualTo(EntryStatus.PARTIAL);
        assertThat(new Entry(ITEM, "举措", List.of("县科技局")).status()).isEqualTo(EntryStatus.COMPLETE);
    }

    @Test
    void textIsTrimmedButKeepsInnerLineBreaksAndAnyCharacter() {
        assertThat(TextNormalizer.clean("\u3000 =SUM(A1)\r\n第二行😀 \u00a0")).isEqualTo("=SUM(A1)\n第二行😀");
        assertThat(TextNormalizer.forMatching("其他：未列入 但\n地方")).isEqualTo(TextNormalizer.forMatching("其他:未列入但地方"));
    }

    @Test
    void controlCharactersBecomeLineBreaksOrSpacesOrGo() {
        String pasted = "（一）\t建立机制\u000B明确分工\r\n（二）\t开展培训\r成果\u2028文件\u0007\u007F\u0085完";
        assertThat(TextNormalizer.plain(pasted)).isEqualTo("（一） 建立机制\n明确分工\n（二） 开展培训\n成果\n文件\n完");
        assertThat(TextNormalizer.clean("\t举措\f\u0000")).isEqualTo("举措");
        String already = "举措\n第二行 😀";
        assertThat(TextNormalizer.plain(already)).isSameAs(already);
        assertThat(new Entry(ITEM, "甲\u000B乙", List.of()).measures()).isEqualTo("甲\n乙");
    }

    @Test
    void ownRowsAreLocalAndFixedRowsAreNot() {
        WorkItem own = WorkItem.newLocal(2, " 自选动作 ");
        assertThat(own.isLocal()).isTrue();
        assertThat(own.isFixed()).isFalse();
        assertThat(own.text()).isEqualTo("自选动作");
        assertThat(WorkItem.newLocal(2, "x").id()).isNotEqualTo(own.id());
        assertThat(ITEM.isFixed()).isTrue();
    }
}
