package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitLevel;
import org.tianbao.refs.DepartmentLevelProposal;
import org.tianbao.refs.DepartmentMapping;

/** The default dictionary and 部门对应表 renamed for a district, saved with the form in one transaction. */
class DepartmentLevelTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultCountyNamesBecomeADistrictsAndAreKeptWithTheFormsDepartments() throws IOException {
        DataFolder folder = new DataFolder(dir);
        DepartmentMapping renamedMapping;
        try (Workspace ws = Workspace.open(folder)) {
            ws.forms().saveEntry("1.01", "县财政局安排专项资金。", List.of("县财政局", "市科技局"));
            List<String> dictionary = ws.departments().names();
            DepartmentMapping mapping = ws.departmentMapping().load();
            List<Entry> form = ws.forms().load().entries();

            assertThat(DepartmentLevelProposal.of("开阳县市场监督管理局", dictionary, mapping, form)).isEmpty();
            DepartmentLevelProposal proposal = DepartmentLevelProposal.of("白云区市场监督管理局", dictionary, mapping, form)
                    .orElseThrow();
            assertThat(proposal.change().from()).isEqualTo(UnitLevel.COUNTY);
            assertThat(proposal.unitLevel()).isEqualTo(UnitLevel.DISTRICT);
            // Every default name but 各乡镇人民政府（街道办事处）, which names no level.
            assertThat(proposal.renamedNames()).hasSize(dictionary.size() - 1)
                    .contains(Map.entry("县财政局", "区财政局"), Map.entry("共青团县委", "共青团区委"));
            assertThat(proposal.renamedRules()).isEqualTo(mapping.rules().size());
            assertThat(proposal.renamedInForm()).isEqualTo(1);
            assertThat(proposal.rowsInForm()).isEqualTo(1);

            renamedMapping = proposal.applyTo(mapping);
            List<String> renamedDictionary = proposal.change().applyToNames(dictionary);
            // The mapping still names departments the dictionary has: 添加部门 adds them without asking.
            assertThat(renamedDictionary).containsAll(renamedMapping.rules().stream().map(DepartmentMapping.Rule::department).toList());
            assertThat(renamedMapping.departmentFor("财政部")).contains("区财政局");
            List<Entry> renamedForm = form.stream().map(proposal.change()::apply).toList();
            ws.forms().saveTogether(renamedForm, renamedDictionary, DepartmentMappingStore.asSetting(renamedMapping));
        }
        try (Workspace ws = Workspace.open(folder)) {
            FilledForm stored = ws.forms().load();
            assertThat(stored.entry("1.01").orElseThrow().departments()).containsExactly("区财政局", "市科技局");
            assertThat(stored.entry("1.01").orElseThrow().measures()).isEqualTo("县财政局安排专项资金。");
            assertThat(ws.departments().names()).contains("区委办公室", "区财政局", "各乡镇人民政府（街道办事处）")
                    .noneMatch(n -> UnitLevel.ofDepartment(n).filter(UnitLevel.COUNTY::equals).isPresent());
            assertThat(ws.departmentMapping().load()).isEqualTo(renamedMapping);
            // Done: nothing more to offer the district; a county-level city is offered 区 → 市.
            List<String> dictionary = ws.departments().names();
            assertThat(DepartmentLevelProposal.of("白云区市场监督管理局", dictionary, renamedMapping, stored.entries())).isEmpty();
            assertThat(DepartmentLevelProposal.of("清镇市市场监督管理局", dictionary, renamedMapping, stored.entries())
                    .orElseThrow().change().from()).isEqualTo(UnitLevel.DISTRICT);
        }
    }

    @Test
    void aProvinceGetsItsOwnNamesAndKeepsThoseItHasNoneFor() throws IOException {
        DataFolder folder = new DataFolder(dir);
        try (Workspace ws = Workspace.open(folder)) {
            ws.forms().saveEntry("2.05", "", List.of("县公安局", "县人民检察院", "人民银行县支行"));
            List<String> dictionary = ws.departments().names();
            DepartmentMapping mapping = ws.departmentMapping().load();
            List<Entry> form = ws.forms().load().entries();
            DepartmentLevelProposal proposal = DepartmentLevelProposal.of("贵州省知识产权局", dictionary, mapping, form)
                    .orElseThrow();
            assertThat(proposal.unitLevel()).isEqualTo(UnitLevel.PROVINCE);
            assertThat(proposal.renamedNames()).contains(Map.entry("县财政局", "省财政厅"),
                    Map.entry("县市场监督管理局（知识产权局）", "省知识产权局"), Map.entry("县发展和改革局", "省发展改革委"));
            assertThat(proposal.keptNames()).containsExactly("人民银行县支行", "县融媒体中心");
            assertThat(proposal.renamedNames()).hasSize(dictionary.size() - 3);
            // Every rule but the two that name 人民银行县支行.
            assertThat(proposal.renamedRules()).isEqualTo(mapping.rules().size() - 2);
            assertThat(proposal.renamedInForm()).isEqualTo(2);

            DepartmentMapping renamedMapping = proposal.applyTo(mapping);
            assertThat(renamedMapping.departmentFor("国家知识产权局")).contains("省知识产权局");
            assertThat(renamedMapping.departmentFor("公安部")).contains("省公安厅");
            ws.forms().saveTogether(form.stream().map(proposal.change()::apply).toList(),
                    proposal.change().applyToNames(dictionary), DepartmentMappingStore.asSetting(renamedMapping));
        }
        try (Workspace ws = Workspace.open(folder)) {
            assertThat(ws.forms().load().entry("2.05").orElseThrow().departments())
                    .containsExactly("省公安厅", "省检察院", "人民银行县支行");
            assertThat(ws.departments().names()).contains("省委办公厅", "省财政厅", "共青团省委", "人民银行县支行")
                    .doesNotContain("县财政局");
            // Renamed, nothing more to offer the province; a county that took over this PC gets its names back.
            List<String> dictionary = ws.departments().names();
            DepartmentMapping mapping = ws.departmentMapping().load();
            List<Entry> form = ws.forms().load().entries();
            assertThat(DepartmentLevelProposal.of("贵州省知识产权局", dictionary, mapping, form)).isEmpty();
            DepartmentLevelProposal back = DepartmentLevelProposal.of("开阳县市场监督管理局", dictionary, mapping, form)
                    .orElseThrow();
            assertThat(back.change().applyToNames(dictionary)).contains("县财政局", "县市场监督管理局（知识产权局）");
        }
    }
}
