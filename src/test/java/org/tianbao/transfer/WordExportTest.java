package org.tianbao.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.consolidate.Consolidation;
import org.tianbao.consolidate.Consolidator;
import org.tianbao.consolidate.ReturnFiles;
import org.tianbao.excel.AttachmentReader;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.Typography;
import org.tianbao.model.FilledForm;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;

/** The attachment exported as a Word document, the format it came in from above, and read back. */
class WordExportTest {

    @TempDir
    Path dir;

    /** A data folder holding a filled form; returns what it holds. */
    private FilledForm filledFolder(Path folder, String unit, long seed) throws IOException {
        FilledForm form = SampleForms.filled(unit, seed);
        try (Workspace ws = Workspace.open(new DataFolder(folder))) {
            ws.importForm(form);
            return ws.forms().load();
        }
    }

    private ExportService.Result export(Path folder, Path target) throws IOException {
        try (Workspace ws = Workspace.open(new DataFolder(folder))) {
            return new ExportService(ws).export(target, Typography.DEFAULT);
        }
    }

    @Test
    void theWordDocumentReadsBackExactlyWithItsReturnRecord() throws IOException {
        FilledForm form = filledFolder(dir.resolve("data"), "黔东县市场监督管理局", 7);
        Path file = dir.resolve("黔东县.docx");
        ExportService.Result result = export(dir.resolve("data"), file);

        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(file);
        RoundTripTest.assertSameContent(back.form(), form);
        assertThat(back.form().unit()).isEqualTo(form.unit());
        assertThat(back.notes()).isEmpty();
        assertThat(back.metadata()).contains(result.metadata());
    }

    @Test
    void itIsLaidOutAsTheAttachmentOnLandscapePagesWithTheHeaderOnEach() throws IOException {
        filledFolder(dir.resolve("data"), "黔东县市场监督管理局", 7);
        Path file = dir.resolve("黔东县.docx");
        export(dir.resolve("data"), file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("附件");
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("2019年地方知识产权战略实施工作要点表");
            assertThat(doc.getParagraphs().get(2).getText()).startsWith("填报单位：黔东县市场监督管理局");
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getOrient().toString()).isEqualTo("landscape");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("序号", "工作重点", "工作内容", "具体举措及成果形式", "责任部门");
            // 序号 and 工作重点 merged over each of the six key areas.
            long restarts = table.getRows().stream().skip(1)
                    .filter(r -> r.getCell(1).getCTTc().getTcPr().getVMerge().getVal().toString().equals("restart")).count();
            assertThat(restarts).isEqualTo(6);
            // Page numbers as official documents print them.
            var footer = doc.getFooterList().get(0);
            assertThat(footer.getText().strip()).isEqualTo("— 1 —");
            assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
        }
    }

    @Test
    void consolidationTakesItWithItsExportTime() throws IOException {
        filledFolder(dir.resolve("a"), "黔东县市场监督管理局", 7);
        filledFolder(dir.resolve("b"), "黔西县市场监督管理局", 8);
        Path returns = Files.createDirectories(dir.resolve("returns"));
        export(dir.resolve("a"), returns.resolve("黔东县.docx"));
        export(dir.resolve("b"), returns.resolve("黔西县.xlsx"));
        Consolidation result = new Consolidator(SampleForms.form(), 2).consolidate(ReturnFiles.collect(List.of(returns)),
                dir.resolve("汇总.xlsx"), Typography.DEFAULT, (done, total) -> { });
        assertThat(result.returns().units()).extracting(ReturnedForm::unitName)
                .containsExactlyInAnyOrder("黔东县市场监督管理局", "黔西县市场监督管理局");
        assertThat(result.returns().units()).allSatisfy(u -> assertThat(u.metadata()).isPresent());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(dir.resolve("汇总.xlsx")))) {
            StringBuilder status = new StringBuilder();
            wb.getSheet("填报情况").forEach(row -> row.forEach(c -> status.append(c.toString()).append('|')));
            assertThat(status).as("exported from the app: its export time, as for a workbook")
                    .containsPattern("黔东县.docx\\|已汇总（\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 导出");
        }
    }

    @Test
    void whatLibreOfficeWriterSavesAgainStillReads() throws Exception {
        assumeTrue(OtherPrograms.hasLibreOfficeWriter(), "LibreOffice Writer is not installed");
        FilledForm form = filledFolder(dir.resolve("data"), "黔东县市场监督管理局", 9);
        Path file = dir.resolve("黔东县.docx");
        export(dir.resolve("data"), file);
        for (String format : Stream.of("docx", "doc").toList()) {
            Path resaved = OtherPrograms.libreOfficeConvert(file, format, dir.resolve("lo-" + format));
            ReturnedForm back = new AttachmentReader(SampleForms.form()).read(resaved);
            RoundTripTest.assertSameContent(back.form(), form);
            assertThat(back.form().unit()).isEqualTo(form.unit());
        }
    }
}
