package org.tianbao.refs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tianbao.refs.DepartmentProposal.Status;

/** Plan bodies to county departments: the default rules, the proposals for an item, an edited mapping. */
class DepartmentMappingTest {

    private final DepartmentMapping mapping = DepartmentMapping.defaults();

    @Test
    void ministriesAndProvincialDepartmentsMapToTheirCountyCounterparts() {
        assertThat(mapping.departmentFor("公安部")).contains("县公安局");
        assertThat(mapping.departmentFor("省公安厅")).contains("县公安局");
        assertThat(mapping.departmentFor("知识产权局")).contains("县市场监督管理局（知识产权局）");
        assertThat(mapping.departmentFor("省知识产权局")).contains("县市场监督管理局（知识产权局）");
        assertThat(mapping.departmentFor("示范城市知识产权局")).contains("县市场监督管理局（知识产权局）");
        assertThat(mapping.departmentFor("专利管理司")).contains("县市场监督管理局（知识产权局）");
        assertThat(mapping.departmentFor("科技部")).contains("县科技局");
        assertThat(mapping.departmentFor("省科技厅")).contains("县科技局");
        assertThat(mapping.departmentFor("高法院")).contains("县人民法院");
        assertThat(mapping.departmentFor("省法院")).contains("县人民法院");
        assertThat(mapping.departmentFor("高检院")).contains("县人民检察院");
        assertThat(mapping.departmentFor("市场监管总局")).contains("县市场监督管理局");
        assertThat(mapping.departmentFor("省地方金融监管局")).contains("县地方金融监督管理局");
        assertThat(mapping.departmentFor("人行贵阳中心支行")).contains("人民银行县支行");
        assertThat(mapping.departmentFor("省新闻出版局〔省版权局〕")).contains("县委宣传部");
        assertThat(mapping.departmentFor("中央宣传部")).contains("县委宣传部");
        assertThat(mapping.departmentFor("林草局")).contains("县林业局");
        assertThat(mapping.departmentFor("中国科协")).contains("县科学技术协会");
        // Bodies without a county counterpart stay unmapped rather than being guessed.
        assertThat(mapping.departmentFor("海关总署")).isEmpty();
        assertThat(mapping.departmentFor("国防科工局")).isEmpty();
        assertThat(mapping.departmentFor("中央军委装备发展部")).isEmpty();
        assertThat(mapping.departmentFor("贵州银保监局")).isEmpty();
    }

    @Test
    void everyBodyOfTheBundledPlansIsMappedOrKnowinglyLeftOut() {
        List<String> unmapped = ReferenceLibrary.bundled().items().stream()
                .flatMap(i -> i.bodies().stream()).distinct()
                .filter(b -> mapping.departmentFor(b).isEmpty()).sorted().toList();
        assertThat(unmapped).containsExactlyInAnyOrder("中央军委装备发展部", "国防科工局", "证监会", "银保监会",
                "贸促会", "海关总署", "邮政局", "外交部", "国管局", "中科院", "联席会议成员单位", "办公室",
                "贵州科学院", "省农科院", "省大数据局", "省民宗委", "贵州银保监局", "贵州证监局", "贵阳海关");
    }

    @Test
    void proposalsKeepTheItemsOrderAndSayWhatNeedsTheOfficersConsent() {
        List<String> dictionary = List.of("县公安局", "县科技局", "县市场监督管理局（知识产权局）");
        DepartmentMapping edited = new DepartmentMapping(List.of(
                new DepartmentMapping.Rule("发展改革", "县发展和改革局"),
                new DepartmentMapping.Rule("公安", "县公安局"),
                new DepartmentMapping.Rule("科技部", "县科技局")));
        List<DepartmentProposal> proposals = edited.propose(
                List.of("发展改革委", "科技部", "公安部", "知识产权局"), dictionary);
        assertThat(proposals).extracting(DepartmentProposal::body)
                .containsExactly("发展改革委", "科技部", "公安部", "知识产权局");
        assertThat(proposals).extracting(DepartmentProposal::status)
                .containsExactly(Status.NOT_IN_DICTIONARY, Status.KNOWN, Status.KNOWN, Status.UNMAPPED);
        assertThat(proposals.get(3).department()).isEmpty();
        assertThat(DepartmentMapping.departmentsOf(proposals))
                .containsExactly("县发展和改革局", "县科技局", "县公安局");
    }

    @Test
    void severalBodiesOfOneCountyDepartmentAreAddedOnce() {
        List<DepartmentProposal> proposals = mapping.propose(List.of("专利管理司", "条法司", "审查业务管理部"),
                List.of("县市场监督管理局（知识产权局）"));
        assertThat(proposals).allMatch(DepartmentProposal::isKnown);
        assertThat(DepartmentMapping.departmentsOf(proposals)).containsExactly("县市场监督管理局（知识产权局）");
    }

    @Test
    void aRuleForOneBodyTakesPrecedenceOverTheGeneralOnes() {
        DepartmentMapping edited = mapping.withRuleFirst("贵阳海关", "县商务局");
        assertThat(edited.departmentFor("贵阳海关")).contains("县商务局");
        assertThat(edited.rules().get(0)).isEqualTo(new DepartmentMapping.Rule("贵阳海关", "县商务局"));
        assertThat(edited.rules()).hasSize(mapping.rules().size() + 1);
        // Choosing again for the same body replaces the rule instead of stacking another.
        assertThat(edited.withRuleFirst("贵阳海关", "县公安局").rules()).hasSize(mapping.rules().size() + 1);
        // Stored as text and read back the same; spaces typed in a keyword do not break the lines.
        DepartmentMapping spaced = edited.withRuleFirst(" 贵阳 海关\t", "县商务局");
        assertThat(DepartmentMapping.fromText(spaced.toText())).isEqualTo(spaced);
        assertThat(spaced.rules().get(0).keyword()).isEqualTo("贵阳海关");
        // A keyword beginning with # is a rule, not a comment, once stored.
        DepartmentMapping hashed = edited.withRuleFirst("#1号楼", "县商务局");
        assertThat(DepartmentMapping.fromText(hashed.toText())).isEqualTo(hashed);
        // Half-typed rows do not count.
        assertThat(new DepartmentMapping(List.of(new DepartmentMapping.Rule(" ", "县公安局"))).rules()).isEmpty();
    }

    @Test
    void aUnitsDepartmentTheDictionaryHasStandsForItselfTheOthersGoThroughTheRules() {
        List<String> dictionary = List.of("县科技局", "县公安局", "市科技局");
        List<DepartmentProposal> proposals = mapping.proposeForDepartments(
                List.of("市科技局", "甲县公安局", "甲县城管局"), dictionary);

        assertThat(proposals).extracting(DepartmentProposal::department).containsExactly("市科技局", "县公安局", "");
        assertThat(proposals).extracting(DepartmentProposal::status)
                .containsExactly(Status.KNOWN, Status.KNOWN, Status.UNMAPPED);
    }
}
