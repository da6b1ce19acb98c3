package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tianbao.model.TextReplacement.Occurrences;
import org.tianbao.model.TextReplacement.Scope;

class TextReplacementTest {

    private static final WorkItem OFFICIAL = new WorkItem("2.03", 2, "加强县域商标保护", WorkItem.Kind.OFFICIAL);
    private static final WorkItem OWN = new WorkItem("L-1", 2, "县工商局专项行动", WorkItem.Kind.LOCAL);

    private static TextReplacement everywhere(String find, String replacement) {
        return new TextReplacement(find, replacement, EnumSet.allOf(Scope.class));
    }

    @Test
    void measuresAreReplacedEverywhereTheTextOccurs() {
        Entry entry = new Entry(OFFICIAL, "县工商局牵头，县工商局考核\n县工商局通报", List.of());
        TextReplacement r = everywhere("县工商局", "县市场监督管理局");
        assertThat(r.count(entry)).isEqualTo(new Occurrences(3, 0, 0));
        assertThat(r.apply(entry).measures()).isEqualTo("县市场监督管理局牵头，县市场监督管理局考核\n县市场监督管理局通报");
        // The attachment's own text stays as it is.
        assertThat(everywhere("县域", "区域").apply(entry).item().text()).isEqualTo("加强县域商标保护");
    }

    @Test
    void renamedDepartmentsMergeWithNamesAlreadyThereAndTheLeadStaysFirst() {
        TextReplacement r = everywhere("县工商局", "县市场监督管理局");
        Entry leads = new Entry(OFFICIAL, "", List.of("县工商局", "县科技局", "县市场监督管理局"));
        assertThat(r.apply(leads).departments()).containsExactly("县市场监督管理局", "县科技局");
        Entry second = new Entry(OFFICIAL, "", List.of("县科技局", "县工商局"));
        assertThat(r.apply(second).departments()).containsExactly("县科技局", "县市场监督管理局");
        assertThat(r.count(leads)).isEqualTo(new Occurrences(0, 1, 0));
    }

    @Test
    void aDepartmentCanBecomeSeveralOrNone() {
        Entry entry = new Entry(OFFICIAL, "", List.of("县科工信局", "县委办公室"));
        assertThat(everywhere("县科工信局", "县科技局、县工信局").apply(entry).departments())
                .containsExactly("县科技局", "县工信局", "县委办公室");
        assertThat(everywhere("县委办公室", "").apply(entry).departments()).containsExactly("县科工信局");
    }

    @Test
    void aCountyBecomingADistrictChangesEveryPlaceChosen() {
        Entry entry = new Entry(OWN, "县里开展", List.of("县科技局"));
        Entry all = everywhere("县", "区").apply(entry);
        assertThat(all.item().text()).isEqualTo("区工商局专项行动");
        assertThat(all.item().id()).isEqualTo("L-1");
        assertThat(all.measures()).isEqualTo("区里开展");
        assertThat(all.departments()).containsExactly("区科技局");

        Entry measuresOnly = new TextReplacement("县", "区", Set.of(Scope.MEASURES)).apply(entry);
        assertThat(measuresOnly.measures()).isEqualTo("区里开展");
        assertThat(measuresOnly.departments()).containsExactly("县科技局");
        assertThat(measuresOnly.item().text()).isEqualTo("县工商局专项行动");
    }

    @Test
    void anOwnRowsNameIsNeverReplacedByNothing() {
        Entry entry = new Entry(new WorkItem("L-2", 1, "县工商局", WorkItem.Kind.LOCAL), "", List.of());
        assertThat(everywhere("县工商局", "").apply(entry).item().text()).isEqualTo("县工商局");
    }

    @Test
    void theDictionaryFollowsTheDepartments() {
        TextReplacement r = everywhere("县工商局", "县市场监督管理局");
        assertThat(r.applyToNames(List.of("县委办公室", "县工商局", "县市场监督管理局", "县科技局")))
                .containsExactly("县委办公室", "县市场监督管理局", "县科技局");
        TextReplacement measuresOnly = new TextReplacement("县工商局", "县市场监督管理局", Set.of(Scope.MEASURES));
        assertThat(measuresOnly.applyToNames(List.of("县工商局"))).containsExactly("县工商局");
    }

    @Test
    void nothingToFindNowhereToLookOrTheSameTextIsNoReplacement() {
        Entry entry = new Entry(OFFICIAL, "县工商局", List.of("县工商局"));
        assertThat(everywhere("", "甲").isUsable()).isFalse();
        assertThat(everywhere("", "甲").count(entry).total()).isZero();
        assertThat(new TextReplacement("县", "区", Set.of()).isUsable()).isFalse();
        TextReplacement same = everywhere("县工商局", "县工商局");
        assertThat(same.isUsable()).isFalse();
        // Still found: the dialog lists where it occurs.
        assertThat(same.count(entry)).isEqualTo(new Occurrences(1, 1, 0));
        assertThat(same.apply(entry)).isSameAs(entry);
        // Occurrences do not overlap.
        assertThat(everywhere("县县", "县").count(new Entry(OFFICIAL, "县县县", List.of())).inMeasures()).isEqualTo(1);
    }
}
