package org.tianbao.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.excel.Typography;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.UserException;
import org.tianbao.model.WorkItem;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;

/**
 * The county office hands its draft to two departments; each fills its rows in its own copy and sends it
 * back; merging both files adds their work to the draft without losing anything.
 */
class MergeTest {

    static final String UNIT = "某某县市场监督管理局";

    @TempDir
    Path dir;
    private Workspace county;
    private WorkItem own;

    @BeforeEach
    void draft() throws IOException {
        county = Workspace.open(new DataFolder(dir.resolve("county")));
        county.forms().saveUnit(new UnitInfo(UNIT, "张三", "0851-1234567"));
        county.forms().saveEntry("1.01", "开展知识产权管理体制机制改革调研", List.of("县市场监督管理局"));
        county.forms().saveEntry("2.03", "不涉及", List.of());
        county.forms().saveEntry("3.01", "县市场监督管理局的举措", List.of("县市场监督管理局"));
        own = county.forms().addLocalItem(1, "建设知识产权服务站");
        county.forms().saveEntry(own.id(), "在工业园区建设服务站1个", List.of("县工业园区管委会"));
    }

    @AfterEach
    void close() throws IOException {
        county.close();
    }

    /** A department's copy: the county's draft exported, opened in a data folder of its own, edited and exported. */
    private Path departmentReturn(String name, UnaryOperator<FilledForm> edit) throws IOException {
        Path draft = new ExportService(county).export(dir.resolve("draft-" + name + ".xlsx"), Typography.DEFAULT).file();
        try (Workspace department = Workspace.open(new DataFolder(dir.resolve("dept-" + name)))) {
            new ImportService(department).apply(new ImportService(department).plan(draft));
            department.forms().replaceAll(edit.apply(department.forms().load()));
            return new ExportService(department).export(dir.resolve(name + ".xlsx"), Typography.DEFAULT).file();
        }
    }

    /** The form with a row (an official one by number, an own one by name) rewritten. */
    private static FilledForm with(FilledForm form, String row, String measures, String... departments) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : form.entries()) {
            boolean match = e.item().isLocal() ? e.item().text().equals(row) : e.item().id().equals(row);
            entries.add(match ? new Entry(e.item(), measures, List.of(departments)) : e);
        }
        return new FilledForm(form.definition(), form.unit(), entries);
    }

    private static FilledForm withOwnRow(FilledForm form, int area, String name, String measures, String department) {
        List<Entry> official = form.entries().stream().filter(e -> !e.item().isLocal()).toList();
        List<Entry> local = new ArrayList<>(form.localEntries());
        local.add(new Entry(WorkItem.newLocal(area, name), measures, List.of(department)));
        return new FilledForm(form.definition(), form.unit(), FilledForm.inPrintOrder(form.definition(), official, local));
    }

    @Test
    void twoDepartmentsReturnsAreAddedToTheDraftAndNothingIsLost() throws Exception {
        Path science = departmentReturn("科技局", form -> with(with(form.withUnit(new UnitInfo("县科技局", "李四", "")),
                        "1.01", "开展知识产权管理体制机制改革调研，形成调研报告1份", "县市场监督管理局", "县科技局"),
                "1.02", "组织区域布局试点申报", "县科技局"));
        Path statistics = departmentReturn("统计局", form -> withOwnRow(
                with(with(with(form, "1.02", "建立知识产权统计台账", "县统计局"),
                        "3.01", "", "县统计局"), own.text(), ""),
                2, "开展知识产权统计监测", "按季度报送统计数据", "县统计局"));
        Path notAForm = Files.writeString(dir.resolve("报送函.xlsx"), "这不是表格");

        ImportService service = new ImportService(county);
        MergePlan plan = service.planMerge(List.of(science, statistics, notAForm));

        assertThat(plan.unread()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo(notAForm);
            assertThat(u.reason()).contains("报送函.xlsx");
        });
        assertThat(plan.changes()).extracting(c -> c.kind() + " " + (c.item().isLocal() ? c.item().text() : c.item().id()))
                .containsExactly("ADDED 1.01", "FILLED 1.02", "NEW_LOCAL 开展知识产权统计监测", "ADDED 3.01");
        assertThat(plan.summary()).isEqualTo("填入 1 项、补充 2 项、新增本单位工作 1 项");
        assertThat(plan.changes().get(1).sources()).containsExactly(science, statistics);
        assertThat(plan.filesAddingNothing()).isEmpty();

        // Leaving a change out keeps its row as it is (and an own row only the files had is not added).
        FilledForm without = plan.resultWith(plan.changes().stream()
                .filter(c -> c.kind() != MergePlan.Kind.NEW_LOCAL && !c.item().id().equals("1.02")).toList());
        assertThat(without.entry("1.02").orElseThrow().isBlank()).isTrue();
        assertThat(without.entry("1.01").orElseThrow().measures()).isEqualTo("开展知识产权管理体制机制改革调研，形成调研报告1份");
        assertThat(without.localEntries()).extracting(e -> e.item().text()).containsExactly("建设知识产权服务站");

        service.apply(plan);
        county.close();
        county = Workspace.open(new DataFolder(dir.resolve("county")));
        FilledForm merged = county.forms().load();
        assertThat(merged.unit()).as("the unit stays the county's own").isEqualTo(new UnitInfo(UNIT, "张三", "0851-1234567"));
        assertThat(merged.entry("1.01").orElseThrow()).satisfies(e -> {
            assertThat(e.measures()).isEqualTo("开展知识产权管理体制机制改革调研，形成调研报告1份");
            assertThat(e.departments()).containsExactly("县市场监督管理局", "县科技局");
        });
        assertThat(merged.entry("1.02").orElseThrow()).satisfies(e -> {
            assertThat(e.measures()).isEqualTo("组织区域布局试点申报\n建立知识产权统计台账");
            assertThat(e.departments()).containsExactly("县科技局", "县统计局");
        });
        assertThat(merged.entry("3.01").orElseThrow()).as("a department that emptied a row takes nothing away")
                .satisfies(e -> {
                    assertThat(e.measures()).isEqualTo("县市场监督管理局的举措");
                    assertThat(e.departments()).containsExactly("县市场监督管理局", "县统计局");
                });
        assertThat(merged.entry("2.03").orElseThrow().measures()).isEqualTo("不涉及");
        assertThat(merged.entry(own.id()).orElseThrow().measures()).isEqualTo("在工业园区建设服务站1个");
        assertThat(merged.localEntries()).extracting(e -> e.item().areaNumber() + " " + e.item().text() + " " + e.measures())
                .containsExactly("1 建设知识产权服务站 在工业园区建设服务站1个", "2 开展知识产权统计监测 按季度报送统计数据");
        assertThat(Files.list(dir.resolve("county").resolve("backups")))
                .as("the state before the merge is backed up").isNotEmpty();

        // The same files again add nothing.
        MergePlan again = new ImportService(county).planMerge(List.of(science, statistics));
        assertThat(again.changesAnything()).isFalse();
        assertThat(again.summary()).isEqualTo("没有新的内容");
        assertThat(again.filesAddingNothing()).containsExactly(science, statistics);
    }

    @Test
    void notApplicableFromADepartmentFillsOnlyARowNobodyWroteIn() throws Exception {
        Path commerce = departmentReturn("商务局", form -> with(with(form, "2.04", "本部门不涉及"), "1.02", "不涉及"));
        Path science = departmentReturn("科技局", form -> with(form, "1.02", "组织区域布局试点申报", "县科技局"));
        MergePlan plan = new ImportService(county).planMerge(List.of(commerce, science));
        assertThat(plan.result().entry("2.04").orElseThrow().measures()).isEqualTo("本部门不涉及");
        assertThat(plan.result().entry("1.02").orElseThrow().measures()).isEqualTo("组织区域布局试点申报");
        assertThat(plan.changes()).extracting(c -> c.item().id() + " " + c.sources().size())
                .containsExactly("1.02 1", "2.04 1");
    }

    @Test
    void whenNoFileCanBeReadNothingChanges() throws Exception {
        Path bogus = Files.writeString(dir.resolve("坏文件.xlsx"), "x");
        FilledForm before = county.forms().load();
        assertThatThrownBy(() -> new ImportService(county).planMerge(List.of(bogus)))
                .isInstanceOf(UserException.class).hasMessageContaining("坏文件.xlsx");
        assertThat(county.forms().load().entries()).isEqualTo(before.entries());
    }

    @Test
    void whatTheCountyChangedOrDroppedAfterSendingItsDraftDoesNotComeBackWithTheCopies() throws Exception {
        county.forms().saveEntry("1.01", "开展体制机制改革调研。\n召开专题会议1次。", List.of("县市场监督管理局", "县委编办"));
        // The copy is made from the draft as exported now; the department adds a paragraph to 1.01 only.
        Path science = departmentReturn("科技局", form -> with(form, "1.01",
                "开展体制机制改革调研。\n召开专题会议1次。\n组织科技企业座谈。", "县市场监督管理局", "县委编办", "县科技局"));
        // Meanwhile the county reworded a paragraph, dropped a department, emptied 3.01 and deleted its own row.
        county.forms().saveEntry("1.01", "开展体制机制改革专题调研。\n召开专题会议1次。", List.of("县市场监督管理局"));
        county.forms().saveEntry("3.01", "", List.of());
        county.forms().deleteLocalItem(own.id());

        MergePlan plan = new ImportService(county).planMerge(List.of(science));

        assertThat(plan.result().entry("1.01").orElseThrow()).satisfies(e -> {
            assertThat(e.measures()).isEqualTo("开展体制机制改革专题调研。\n召开专题会议1次。\n组织科技企业座谈。");
            assertThat(e.departments()).containsExactly("县市场监督管理局", "县科技局");
        });
        assertThat(plan.result().entry("3.01").orElseThrow().isBlank()).isTrue();
        assertThat(plan.result().localEntries()).as("the own row deleted after the draft went out").isEmpty();
        assertThat(plan.changes()).extracting(c -> c.item().id()).containsExactly("1.01");
    }
}
