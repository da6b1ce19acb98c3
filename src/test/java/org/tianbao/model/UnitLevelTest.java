package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitLevelTest {

    @Test
    void aUnitsLevelIsThatOfItsPlace() {
        assertThat(UnitLevel.ofUnit("白云区市场监督管理局")).contains(UnitLevel.DISTRICT);
        assertThat(UnitLevel.ofUnit("贵阳市白云区市场监督管理局（知识产权局）")).contains(UnitLevel.DISTRICT);
        assertThat(UnitLevel.ofUnit("清镇市市场监督管理局")).contains(UnitLevel.CITY);
        assertThat(UnitLevel.ofUnit("贵阳市知识产权局")).contains(UnitLevel.CITY);
        assertThat(UnitLevel.ofUnit("开阳县市场监督管理局")).contains(UnitLevel.COUNTY);
        assertThat(UnitLevel.ofUnit(" 开阳县 ")).contains(UnitLevel.COUNTY);
        assertThat(UnitLevel.ofUnit("市中区市场监管局")).contains(UnitLevel.DISTRICT);
        assertThat(UnitLevel.ofUnit("达拉特旗市场监督管理局")).contains(UnitLevel.BANNER);
        assertThat(UnitLevel.ofUnit("黔东南州市场监督管理局")).contains(UnitLevel.PREFECTURE);
        assertThat(UnitLevel.ofUnit("贵州省黔南州知识产权局")).contains(UnitLevel.PREFECTURE);
        assertThat(UnitLevel.ofUnit("锡林郭勒盟市场监督管理局")).contains(UnitLevel.LEAGUE);
        // The office's own name may hold a level's character: the place's counts.
        assertThat(UnitLevel.ofUnit("息烽县市场监督管理局城区分局")).contains(UnitLevel.COUNTY);
        // Offices as officers shorten them: 市监局 is a 市场监督管理局, not a city.
        assertThat(UnitLevel.ofUnit("开阳县市监局")).contains(UnitLevel.COUNTY);
        assertThat(UnitLevel.ofUnit("白云区市监局")).contains(UnitLevel.DISTRICT);
        assertThat(UnitLevel.ofUnit("开阳县知产局")).contains(UnitLevel.COUNTY);
        assertThat(UnitLevel.ofUnit("观山湖区市政局")).contains(UnitLevel.DISTRICT);
    }

    @Test
    void aProvinceIsOneAndANameWithoutAPlaceGivesNone() {
        assertThat(UnitLevel.ofUnit("贵州省知识产权局")).contains(UnitLevel.PROVINCE);
        assertThat(UnitLevel.ofUnit("贵州省市场监督管理局")).contains(UnitLevel.PROVINCE);
        assertThat(UnitLevel.ofUnit("贵州省贵阳市知识产权局")).contains(UnitLevel.CITY);
        assertThat(UnitLevel.ofUnit("国家知识产权局")).isEmpty();
        assertThat(UnitLevel.ofUnit("市场监督管理局")).isEmpty();
        assertThat(UnitLevel.ofUnit("")).isEmpty();
        assertThat(UnitLevel.ofUnit(null)).isEmpty();
    }

    @Test
    void departmentNamesAreRenamedForAnotherLevel() {
        assertThat(UnitLevel.DISTRICT.rename("县财政局")).isEqualTo("区财政局");
        assertThat(UnitLevel.DISTRICT.rename("县市场监督管理局（知识产权局）")).isEqualTo("区市场监督管理局（知识产权局）");
        assertThat(UnitLevel.CITY.rename("共青团县委")).isEqualTo("共青团市委");
        assertThat(UnitLevel.CITY.rename("人民银行县支行")).isEqualTo("人民银行市支行");
        assertThat(UnitLevel.PREFECTURE.rename("县委办公室")).isEqualTo("州委办公室");
        assertThat(UnitLevel.COUNTY.rename("区委办公室")).isEqualTo("县委办公室");
        // Names without a level, or with a named place, stay.
        assertThat(UnitLevel.DISTRICT.rename("各乡镇人民政府（街道办事处）")).isEqualTo("各乡镇人民政府（街道办事处）");
        assertThat(UnitLevel.DISTRICT.rename("开阳县财政局")).isEqualTo("开阳县财政局");
        assertThat(UnitLevel.COUNTY.rename("市场监督管理局")).isEqualTo("市场监督管理局");
        assertThat(UnitLevel.CITY.rename("县域经济发展中心")).isEqualTo("县域经济发展中心");
        assertThat(UnitLevel.COUNTY.rename("区域合作办公室")).isEqualTo("区域合作办公室");
        assertThat(UnitLevel.COUNTY.rename("市监局")).isEqualTo("市监局");
    }

    @Test
    void aUnitsOwnPlaceIsTheLastInItsName() {
        assertThat(UnitLevel.place("贵阳市白云区市场监督管理局（知识产权局）")).contains("白云区");
        assertThat(UnitLevel.place("黔东县")).contains("黔东县");
        assertThat(UnitLevel.place("贵州省黔南州知识产权局")).contains("黔南州");
        assertThat(UnitLevel.place("盘州市市监局")).contains("盘州市");
        assertThat(UnitLevel.place("徐州市沛县市场监督管理局")).contains("沛县");
        assertThat(UnitLevel.place("贵州省知识产权局")).contains("贵州省");
        assertThat(UnitLevel.place("市场监督管理局")).isEmpty();
        // A level with no place's name before it (an 应报单位 list written 县市场监督管理局) names no place.
        assertThat(UnitLevel.place("县市场监督管理局")).isEmpty();
        assertThat(UnitLevel.place("区知识产权局")).isEmpty();
        assertThat(UnitLevel.place("县")).isEmpty();
    }

    @Test
    void aProvincesNamesAreItsOwnNotACountysWithAnotherCharacter() {
        assertThat(UnitLevel.PROVINCE.rename("县财政局")).isEqualTo("省财政厅");
        assertThat(UnitLevel.PROVINCE.rename("区财政局")).isEqualTo("省财政厅");
        assertThat(UnitLevel.PROVINCE.rename("县水务局")).isEqualTo("省水利厅");
        assertThat(UnitLevel.PROVINCE.rename("县市场监督管理局（知识产权局）")).isEqualTo("省知识产权局");
        assertThat(UnitLevel.PROVINCE.rename("共青团市委")).isEqualTo("共青团省委");
        // No province's name is known for these: they stay, as do names of no level.
        assertThat(UnitLevel.PROVINCE.rename("人民银行县支行")).isEqualTo("人民银行县支行");
        assertThat(UnitLevel.PROVINCE.rename("县大数据局")).isEqualTo("县大数据局");
        assertThat(UnitLevel.PROVINCE.rename("各乡镇人民政府（街道办事处）")).isEqualTo("各乡镇人民政府（街道办事处）");
        // And back, for a unit of a lower level that starts from a province's names.
        assertThat(UnitLevel.DISTRICT.rename("省科技厅")).isEqualTo("区科技局");
        assertThat(UnitLevel.COUNTY.rename("省知识产权局")).isEqualTo("县市场监督管理局（知识产权局）");
        assertThat(UnitLevel.COUNTY.rename("省大数据局")).isEqualTo("省大数据局");
        assertThat(UnitLevel.ofDepartment("省委办公厅")).contains(UnitLevel.PROVINCE);

        DepartmentLevelChange change = new DepartmentLevelChange(UnitLevel.COUNTY, UnitLevel.PROVINCE);
        assertThat(change.renames("县公安局")).isTrue();
        assertThat(change.renames("人民银行县支行")).isFalse();
        assertThat(change.keeps("人民银行县支行")).isTrue();
        assertThat(change.keeps("区财政局")).as("another level's name is neither").isFalse();
        assertThat(change.applyToNames(List.of("县市场监督管理局", "县公安局", "省公安厅", "人民银行县支行")))
                .containsExactly("省市场监管局", "省公安厅", "人民银行县支行");
    }

    @Test
    void theLevelMostNamesAreWrittenForIsFound() {
        assertThat(UnitLevel.mostCommon(List.of("县财政局", "县科技局", "市财政局", "各乡镇人民政府")))
                .contains(Map.entry(UnitLevel.COUNTY, 2));
        assertThat(UnitLevel.mostCommon(List.of("各乡镇人民政府", "市场监督管理局"))).isEmpty();
    }

    @Test
    void aChangeRenamesOnlyTheNamesOfItsLevelInRowsAndDictionary() {
        DepartmentLevelChange change = new DepartmentLevelChange(UnitLevel.COUNTY, UnitLevel.DISTRICT);
        WorkItem item = WorkItem.newLocal(1, "本区工作");
        Entry entry = new Entry(item, "县财政局牵头，县科技局配合", List.of("县财政局", "市科技局", "区财政局", "县科技局"));
        Entry renamed = change.apply(entry);
        // The lead stays first; 县财政局 merges with the 区财政局 already there; measures' text stays.
        assertThat(renamed.departments()).containsExactly("区财政局", "市科技局", "区科技局");
        assertThat(renamed.measures()).isEqualTo("县财政局牵头，县科技局配合");
        assertThat(change.changes(entry)).isEqualTo(2);
        assertThat(change.changes(renamed)).isZero();
        assertThat(change.apply(renamed)).isSameAs(renamed);
        assertThat(change.applyToNames(List.of("县委办公室", "区委办公室", "共青团县委", "市委办公室")))
                .containsExactly("区委办公室", "共青团区委", "市委办公室");
    }

    @Test
    void anyNameAtAllIsAnsweredWithoutFailing() {
        // Names as lists and files bring them: places and levels in any order, brackets, spaces, stray marks.
        RandomTexts names = new RandomTexts("贵州省白云区息烽县清镇市黔南州旗市场监督管理局知识产权局（）() 、,\n\t1a", 20261124);
        for (int i = 0; i < 50_000; i++) {
            String n = names.next(16);
            UnitLevel.ofUnit(n);
            UnitLevel.ofDepartment(n);
            UnitLevel.place(n).ifPresent(place -> assertThat(place).as(n).hasSizeGreaterThan(1));
            UnitNames.withoutLeadingPlaces(UnitNames.sameUnitKey(n));
            assertThat(UnitNames.shortened(List.of(n, n + "甲县市场监督管理局", "乙" + n))).as(n).hasSize(3);
        }
    }
}
