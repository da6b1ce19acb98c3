package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void theSharedEndingGoesAndEachPlaceKeepsItsLevel() {
        assertThat(UnitNames.shortened(List.of("白云区市场监督管理局", "开阳县市场监督管理局", "清镇市市场监督管理局")))
                .containsExactly("白云区", "开阳县", "清镇市");
        assertThat(UnitNames.shortened(List.of("甲县市场监督管理局", "乙县市场监督管理局", "甲县市场监督管理局")))
                .containsExactly("甲县", "乙县", "甲县");
        assertThat(UnitNames.shortened(List.of("修文县知识产权局", "息烽县知识产权局")))
                .containsExactly("修文县", "息烽县");
    }

    @Test
    void namesStayWholeWhenNothingWorthLeavingOutIsSharedOrShortOnesWouldBeUnclear() {
        assertThat(UnitNames.shortened(List.of("甲县市场监督管理局"))).containsExactly("甲县市场监督管理局");
        assertThat(UnitNames.shortened(List.of("甲县科技局", "乙县商务局"))).containsExactly("甲县科技局", "乙县商务局");
        assertThat(UnitNames.shortened(List.of("东市", "西市"))).containsExactly("东市", "西市");
        assertThat(UnitNames.shortened(List.of("县市场监督管理局", "甲县市场监督管理局")))
                .containsExactly("县市场监督管理局", "甲县市场监督管理局");
        assertThat(UnitNames.shortened(List.of())).isEmpty();
    }

    @Test
    void oneUnitsNamesAsWrittenShareAKey() {
        String key = UnitNames.sameUnitKey("白云区市场监督管理局");
        assertThat(UnitNames.sameUnitKey("白云区市场监管局")).isEqualTo(key);
        assertThat(UnitNames.sameUnitKey("白云区市监局")).isEqualTo(key);
        assertThat(UnitNames.sameUnitKey(" 白云区市场监督管理局（知识产权局）")).isEqualTo(key);
        assertThat(UnitNames.sameUnitKey("白云区市场监督管理局(知识产权局)")).isEqualTo(key);
        assertThat(UnitNames.sameUnitKey("白云区知识产权局")).isNotEqualTo(key);
        assertThat(UnitNames.sameUnitKey("开阳县知产局")).isEqualTo(UnitNames.sameUnitKey("开阳县知识产权局"));
    }

    @Test
    void aUnitWithItsCityBeforeItMayBeTheSameButNotANameInsideAnother() {
        assertThat(UnitNames.withoutLeadingPlaces("贵州省贵阳市白云区市场监督管理局"))
                .containsExactly("贵阳市白云区市场监督管理局", "白云区市场监督管理局");
        assertThat(UnitNames.withoutLeadingPlaces("正宁县市场监督管理局")).isEmpty();
        assertThat(UnitNames.withoutLeadingPlaces("白云区市场监督管理局")).isEmpty();
    }
}
