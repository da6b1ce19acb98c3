package org.tianbao.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.DepartmentTasks;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.UserException;
import org.tianbao.model.WorkItem;

/** The 部门分工表: the form turned round by department, written and read back. */
class DepartmentTasksTest {

    @TempDir
    Path dir;

    private static final List<String> DICTIONARY = List.of("县财政局", "县科技局");

    /** 1.02 led by 科技 with 财政; 2.03 by 财政 alone; 3.05 led by 公安 (not in the dictionary) with 科技; 1.04 no department. */
    static FilledForm small() {
        FormDefinition form = SampleForms.form();
        Map<String, Entry> filled = Map.of(
                "1.02", entry(form, "1.02", "开展区域布局试点", "县科技局", "县财政局"),
                "2.03", entry(form, "2.03", "开展海关协作", "县财政局"),
                "3.05", entry(form, "3.05", "建设运营服务体系", "县公安局", "县科技局"),
                "1.04", entry(form, "1.04", "建设集聚区"));
        List<Entry> official = new ArrayList<>();
        for (WorkItem item : form.officialItems()) {
            official.add(filled.getOrDefault(item.id(), Entry.blank(item)));
        }
        return new FilledForm(form, new UnitInfo("黔东县市场监督管理局", "", ""),
                FilledForm.inPrintOrder(form, official, List.of()));
    }

    private static Entry entry(FormDefinition form, String id, String measures, String... departments) {
        return new Entry(form.officialItem(id).orElseThrow(), measures, List.of(departments));
    }

    @Test
    void eachDepartmentSeesWhatItLeadsThenWhatItSupports() {
        DepartmentTasks tasks = DepartmentTasks.of(small(), DICTIONARY);
        assertThat(tasks.shares()).extracting(DepartmentTasks.Share::department)
                .containsExactly("县财政局", "县科技局", "县公安局");
        DepartmentTasks.Share finance = tasks.shares().get(0);
        assertThat(finance.leads()).extracting(e -> e.item().id()).containsExactly("2.03");
        assertThat(finance.supports()).extracting(e -> e.item().id()).containsExactly("1.02");
        assertThat(finance.partnersOf(finance.supports().get(0))).isEqualTo("牵头：县科技局");
        assertThat(finance.partnersOf(finance.leads().get(0))).isEmpty();
        DepartmentTasks.Share science = tasks.shares().get(1);
        assertThat(science.leads()).extracting(e -> e.item().id()).containsExactly("1.02");
        assertThat(science.partnersOf(science.leads().get(0))).isEqualTo("配合：县财政局");
        assertThat(science.supports()).extracting(e -> e.item().id()).containsExactly("3.05");
        assertThat(tasks.withoutDepartment()).extracting(e -> e.item().id()).containsExactly("1.04");
    }

    @Test
    void rowsDeclaredNotApplicableAreNobodysTask() {
        FormDefinition form = SampleForms.form();
        List<Entry> entries = small().entries().stream().map(e -> switch (e.item().id()) {
            case "2.03" -> entry(form, "2.03", "不涉及", "县财政局");
            case "2.04" -> entry(form, "2.04", "本县无此项工作", "县海关办");
            case "2.05" -> entry(form, "2.05", "不涉及");
            default -> e;
        }).toList();
        DepartmentTasks tasks = DepartmentTasks.of(new FilledForm(form, small().unit(), entries), DICTIONARY);
        assertThat(tasks.shares()).extracting(DepartmentTasks.Share::department)
                .containsExactly("县财政局", "县科技局", "县公安局");
        assertThat(tasks.shares().get(0).leads()).isEmpty();
        assertThat(tasks.withoutDepartment()).extracting(e -> e.item().id()).containsExactly("1.04");
    }

    @Test
    void aSupportingDepartmentSeesTheLeadAndTheOtherPartners() {
        FormDefinition form = SampleForms.form();
        Entry e = entry(form, "1.02", "甲", "县科技局", "县财政局", "县公安局");
        assertThat(new DepartmentTasks.Share("县财政局", List.of(), List.of(e)).partnersOf(e))
                .isEqualTo("牵头：县科技局；配合：县公安局");
    }

    @Test
    void theSheetListsEveryDepartmentsShareWithItsCellsMerged() throws Exception {
        Path file = dir.resolve("分工.xlsx");
        new DepartmentTasksWriter(Typography.DEFAULT).write(small(), DICTIONARY, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = wb.getSheet("部门分工");
            assertThat(text(sheet, 0, 0)).isEqualTo("2019年地方知识产权战略实施工作要点部门分工表");
            assertThat(text(sheet, 1, 0)).isEqualTo("填报单位：黔东县市场监督管理局\u3000\u3000共 3 个责任部门");
            assertThat(rowTexts(sheet, 2)).containsExactly("部门", "分工", "工作重点", "工作内容", "具体举措及成果形式", "相关部门");
            List<List<String>> body = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                body.add(rowTexts(sheet, r));
            }
            String area1 = SampleForms.form().area(1).title();
            String item102 = SampleForms.form().officialItem("1.02").orElseThrow().text();
            assertThat(body).hasSize(6);
            assertThat(body.get(0)).containsExactly("县财政局", "牵头", SampleForms.form().area(2).title(),
                    SampleForms.form().officialItem("2.03").orElseThrow().text(), "开展海关协作", "");
            assertThat(body.get(1)).containsExactly("", "配合", area1, item102, "开展区域布局试点", "牵头：县科技局");
            assertThat(body.get(2)).containsExactly("县科技局", "牵头", area1, item102, "开展区域布局试点", "配合：县财政局");
            assertThat(body.get(4).subList(0, 2)).containsExactly("县公安局", "牵头");
            assertThat(body.get(5).subList(0, 2)).containsExactly("（尚未确定）", "");
            assertThat(body.get(5).get(4)).isEqualTo("建设集聚区");
            // 县财政局 spans its two rows; the header repeats on every printed page.
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(3, 4, 0, 0), new CellRangeAddress(5, 6, 0, 0));
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            // Each department's share starts a page of its own, to be printed and handed out.
            assertThat(sheet.getRowBreaks()).containsExactly(4, 6, 7);
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("2019年地方知识产权战略实施工作要点部门分工表");
        }
    }

    @Test
    void aFormWithNothingWrittenHasNoShareToList() {
        FilledForm blank = FilledForm.blank(SampleForms.form(), UnitInfo.EMPTY);
        Path file = dir.resolve("空.xlsx");
        assertThatThrownBy(() -> new DepartmentTasksWriter(Typography.DEFAULT).write(blank, DICTIONARY, file))
                .isInstanceOf(UserException.class).hasMessageContaining("还没有填写");
        assertThat(file).doesNotExist();
    }

    @Test
    void itIsNoReturnAndIsNamedAsWhatItIs() throws Exception {
        // A full form: every column a return has is there under some name, and most rows repeat.
        Path file = dir.resolve("分工.xlsx");
        new DepartmentTasksWriter(Typography.DEFAULT).write(SampleForms.filled("黔东县市场监督管理局", 7), DICTIONARY, file);
        assertThatThrownBy(() -> new AttachmentReader(SampleForms.form()).read(file)).isInstanceOf(UserException.class)
                .hasMessageContaining("分工.xlsx").hasMessageContaining("部门分工表，不是填报的附件");
        // Re-saved by a program that drops the marker, it is still not read as a return.
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList().clear();
            Path copy = dir.resolve("另存.xlsx");
            try (var out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
            assertThatThrownBy(() -> new AttachmentReader(SampleForms.form()).read(copy))
                    .isInstanceOf(UserException.class).hasMessageContaining("不是这张表格");
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    private static List<String> rowTexts(XSSFSheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            texts.add(text(sheet, row, c));
        }
        return texts;
    }
}
