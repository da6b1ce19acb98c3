package org.tianbao.refs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;

class UnitAnswersTest {

    private final FormDefinition form = BuiltInForms.current();
    private final WorkItem first = form.officialItems().get(0);
    private final WorkItem otherOfArea2 = form.officialItems().stream()
            .filter(i -> i.areaNumber() == 2 && i.kind() == WorkItem.Kind.OTHER).findFirst().orElseThrow();

    @Test
    void eachUnitsSameRowWithWhoDeclinedAndWhoLeftItEmpty() {
        UnitAnswers answers = new UnitAnswers(List.of(
                unit("甲县", Map.of(first.id(), new Entry(first, "甲县成立知识产权工作领导小组。", List.of("县委办公室")))),
                unit("乙县", Map.of(first.id(), new Entry(first, "不涉及", List.of()))),
                unit("丙县", Map.of()),
                unit("丁县", Map.of(first.id(), new Entry(first, "", List.of("县科技局"))))));

        UnitAnswers.ForItem got = answers.forItem(first);

        assertThat(got.written()).extracting(UnitAnswers.Answer::unitName).containsExactly("甲县", "丁县");
        assertThat(got.written().get(0).entry().measures()).isEqualTo("甲县成立知识产权工作领导小组。");
        assertThat(got.notApplicable()).containsExactly("乙县");
        assertThat(got.empty()).containsExactly("丙县");
        // Compiled for the city's own return: each unit's measures headed by the unit; departments alone add nothing.
        assertThat(UnitAnswers.compiled(got.written())).isEqualTo("甲县：甲县成立知识产权工作领导小组。");
    }

    @Test
    void localWorkIsComparedWithTheUnitsOtherRowsAndOwnRowsOfTheSameArea() {
        WorkItem ownOfJia = new WorkItem("L-1", 2, "建设维权工作站", WorkItem.Kind.LOCAL);
        WorkItem ownOfJiaArea3 = new WorkItem("L-2", 3, "举办专利展会", WorkItem.Kind.LOCAL);
        FilledForm jia = withOwn(unit("甲县", Map.of()), new Entry(ownOfJia, "设立工作站1个。", List.of("县市场监督管理局")),
                new Entry(ownOfJiaArea3, "展会1场。", List.of()));
        FilledForm yi = unit("乙县", Map.of(otherOfArea2.id(), new Entry(otherOfArea2, "开展护航行动。", List.of()))).form();
        UnitAnswers answers = new UnitAnswers(List.of(new UnitAnswers.UnitReturn("甲县", jia),
                new UnitAnswers.UnitReturn("乙县", yi), new UnitAnswers.UnitReturn("丙县", FilledForm.blank(form, UnitInfo.EMPTY))));

        UnitAnswers.ForItem forOther = answers.forItem(otherOfArea2);
        assertThat(forOther.written()).extracting(a -> a.unitName() + "：" + a.entry().measures())
                .containsExactly("甲县：设立工作站1个。", "乙县：开展护航行动。");
        assertThat(forOther.empty()).containsExactly("丙县");
        assertThat(UnitAnswers.compiled(forOther.written())).isEqualTo("甲县（建设维权工作站）：设立工作站1个。\n乙县：开展护航行动。");
        // A row of the city's own in area 2 sees the same.
        WorkItem citysOwn = new WorkItem("L-9", 2, "市级工作", WorkItem.Kind.LOCAL);
        assertThat(answers.forItem(citysOwn).written()).hasSize(2);
    }

    @Test
    void searchFindsWordsWhateverTheirSpacingAndWidthAndStopsAtTheLimit() {
        WorkItem second = form.officialItems().get(1);
        UnitAnswers answers = new UnitAnswers(List.of(
                unit("甲县", Map.of(first.id(), new Entry(first, "推进专利 质押融资。", List.of()),
                        second.id(), new Entry(second, "质押融资1亿元。", List.of()))),
                unit("乙县", Map.of(second.id(), new Entry(second, "开展ＰＣＴ申请资助。", List.of("县财政局"))))));

        assertThat(answers.search("质押融资", 10)).extracting(a -> a.unitName() + a.entry().item().id())
                .containsExactly("甲县" + first.id(), "甲县" + second.id());
        assertThat(answers.search("PCT", 10)).extracting(UnitAnswers.Answer::unitName).containsExactly("乙县");
        assertThat(answers.search("财政", 10)).extracting(UnitAnswers.Answer::unitName).containsExactly("乙县");
        assertThat(answers.search("质押融资", 1)).hasSize(1);
        assertThat(answers.search("  ", 10)).isEmpty();
    }

    private UnitAnswers.UnitReturn unit(String name, Map<String, Entry> written) {
        return new UnitAnswers.UnitReturn(name, filled(written));
    }

    private FilledForm filled(Map<String, Entry> written) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : FilledForm.blank(form, UnitInfo.EMPTY).entries()) {
            entries.add(written.getOrDefault(e.item().id(), e));
        }
        return new FilledForm(form, UnitInfo.EMPTY, entries);
    }

    private FilledForm withOwn(UnitAnswers.UnitReturn unit, Entry... own) {
        List<Entry> official = unit.form().entries();
        return new FilledForm(form, UnitInfo.EMPTY, FilledForm.inPrintOrder(form, official, List.of(own)));
    }
}
