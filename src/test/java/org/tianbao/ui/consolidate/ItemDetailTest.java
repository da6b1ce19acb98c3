package org.tianbao.ui.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tianbao.consolidate.Consolidation;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.WorkItem;

/** What the 按工作内容 tab says under its chart of the bar clicked. */
class ItemDetailTest {

    @Test
    void namesWhoDeclaredTheItemNotApplicableAndWhoLeftItEmptyByTheirPlaces() {
        WorkItem customs = BuiltInForms.current().officialItem("2.03").orElseThrow();
        Consolidation.ItemProgress p = new Consolidation.ItemProgress(customs, 1, 1, 3, List.of("丙县市场监督管理局"),
                List.of("甲县市场监督管理局"));
        Map<String, String> places = Map.of("丙县市场监督管理局", "丙县", "甲县市场监督管理局", "甲县");

        assertThat(ConsolidationResultView.detail(p, places))
                .isEqualTo("2.03 加强海关知识产权保护：3 个单位中 1 个填写；不涉及：丙县；未填写：甲县。");
    }
}
