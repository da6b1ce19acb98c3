package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tianbao.form.BuiltInForms;

class RetypedTextsTest {

    private final FormDefinition form = BuiltInForms.current();

    @Test
    void otherQuotationMarksAndCommasAreTheSameRowAndNotWorthANote() {
        var match = form.findRetyped(1, "推进\"互联网+政务服务\",建设\"一站式\"服务大厅。", item -> true);
        assertThat(match).isPresent();
        assertThat(match.get().value().text()).isEqualTo("推进“互联网+政务服务”，建设“一站式”服务大厅");
        assertThat(match.get().wordsDiffer()).isFalse();
    }

    @Test
    void aCharacterOrTwoMissingOrChangedIsStillTheRowButSaidSo() {
        var dropped = form.findRetyped(2, "加大知识产权犯罪打击", item -> true);
        assertThat(dropped).map(m -> m.value().text()).contains("加大知识产权犯罪打击力度");
        assertThat(dropped.get().wordsDiffer()).isTrue();
        assertThat(form.findRetyped(2, "加强海关知识产权保护工作", item -> true))
                .map(m -> m.value().text()).contains("加强海关知识产权保护");
    }

    @Test
    void anotherTextOrARowAlreadyGivenIsNoMatch() {
        assertThat(form.findRetyped(2, "开展知识产权进社区活动", item -> true)).isEmpty();
        assertThat(form.findRetyped(2, "加强海关知识产权保护工作", item -> !item.text().equals("加强海关知识产权保护")))
                .as("the file gave that row exactly").isEmpty();
        // Every official row is nearest to itself alone: no two rows of an area are within reach of each other.
        for (KeyArea area : form.areas()) {
            for (WorkItem item : area.items()) {
                assertThat(form.findRetyped(area.number(), item.text(), i -> true)).map(RetypedTexts.Match::value).contains(item);
                assertThat(form.findRetyped(area.number(), item.text(), i -> i != item)).isEmpty();
            }
        }
    }

    @Test
    void keyAreasAreFoundByTitlesNumberedOrRetyped() {
        assertThat(form.findArea("一、推进知识产权管理体制机制改革")).map(KeyArea::number).contains(1);
        assertThat(form.findArea("（二）实施严格的知识产权保护")).map(KeyArea::number).contains(2);
        assertThat(form.findArea("3. 促进知识产权创造运用")).map(KeyArea::number).contains(3);
        assertThat(form.findArea("知识产权")).isEmpty();
        assertThat(form.findArea("其他")).isEmpty();
    }

    @Test
    void distanceCountsEditsAndStopsPastTheLimit() {
        assertThat(RetypedTexts.distance("知识产权", "知识产权", 2)).isZero();
        assertThat(RetypedTexts.distance("知识产权保护", "知识产保护工作", 5)).isEqualTo(3);
        assertThat(RetypedTexts.distance("甲乙丙丁戊己", "子丑寅卯辰巳", 2)).isEqualTo(3);
        assertThat(RetypedTexts.key("推进“互联网+”， 建设")).isEqualTo("推进互联网+建设");
        assertThat(RetypedTexts.nearest(List.of(), item -> "", "任何")).isEmpty();
    }
}
