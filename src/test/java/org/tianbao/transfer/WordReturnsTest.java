package org.tianbao.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
import org.tianbao.excel.SampleReturns;
import org.tianbao.excel.SampleWordReturns;
import org.tianbao.excel.SpreadsheetFiles;
import org.tianbao.excel.Typography;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UserException;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;

/** Returns filled in the attachment's Word table by units that do not use the app. */
class WordReturnsTest {

    @TempDir
    Path dir;

    @Test
    void aReturnTypedIntoTheWordTableReadsAsAnExportedOne() {
        FilledForm typed = SampleForms.filled("黔南县市场监督管理局", 11);
        Path file = SampleWordReturns.write(typed, dir.resolve("黔南县.docx"));
        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(file);
        RoundTripTest.assertSameContent(back.form(), typed);
        assertThat(back.form().unit()).isEqualTo(typed.unit());
        assertThat(back.metadata()).isEmpty();
        assertThat(back.notes()).isEmpty();
    }

    @Test
    void aTableSplitInTwoReadsAsOne() {
        FilledForm typed = SampleForms.filled("黔南县市场监督管理局", 14);
        Path file = SampleWordReturns.write(typed, dir.resolve("分成两个表格.docx"), 3);
        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(file);
        RoundTripTest.assertSameContent(back.form(), typed);
        assertThat(back.notes()).isEmpty();
    }

    @Test
    void aWordTableSavedByLibreOfficeReadsTheSame() throws Exception {
        assumeTrue(OtherPrograms.hasLibreOfficeWriter(), "LibreOffice Writer is not installed");
        FilledForm typed = SampleForms.filled("黔南县市场监督管理局", 13);
        Path file = SampleWordReturns.write(typed, dir.resolve("黔南县.docx"));
        for (String format : List.of("docx", "doc")) {
            Path resaved = OtherPrograms.libreOfficeConvert(file, format, dir.resolve("lo-" + format));
            assertThat(resaved).isNotEqualTo(file);
            ReturnedForm back = new AttachmentReader(SampleForms.form()).read(resaved);
            RoundTripTest.assertSameContent(back.form(), typed);
            assertThat(back.form().unit()).isEqualTo(typed.unit());
        }
    }

    /** Kept as a file: LibreOffice Writer saved SampleWordReturns' document of this form as Word 97-2003. */
    @Test
    void aWord97DocumentReadsTheSame() throws IOException {
        FilledForm typed = SampleForms.filled("黔南县市场监督管理局", 13);
        Path file = dir.resolve("黔南县.doc");
        try (var in = getClass().getResourceAsStream("/org/tianbao/excel/word97-return.doc")) {
            Files.copy(in, file);
        }
        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(file);
        RoundTripTest.assertSameContent(back.form(), typed);
        assertThat(back.form().unit()).isEqualTo(typed.unit());
        assertThat(back.notes()).isEmpty();
        // WPS's own .wps is Word 97-2003's format under another name: read the same, also found in folders.
        Path wps = Files.copy(file, dir.resolve("黔南县.wps"));
        RoundTripTest.assertSameContent(new AttachmentReader(SampleForms.form()).read(wps).form(), typed);
        assertThat(org.tianbao.consolidate.ReturnFiles.looksLikeReturn(wps)).isTrue();
    }

    @Test
    void itImportsIntoTheAppWhereTheOfficerGoesOnWithIt() throws IOException {
        FilledForm typed = SampleForms.filled("黔南县市场监督管理局", 12);
        Path file = SampleWordReturns.write(typed, dir.resolve("已填的附件.docx"));
        try (Workspace workspace = Workspace.open(new DataFolder(dir.resolve("data")))) {
            ImportService service = new ImportService(workspace);
            service.apply(service.plan(file));
            RoundTripTest.assertSameContent(workspace.forms().load(), typed);
        }
    }

    @Test
    void consolidationTakesWordAndExcelReturnsSideBySide() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("returns"));
        FilledForm excel = SampleForms.filled("甲县市场监督管理局", 1);
        FilledForm word = SampleForms.filled("乙县市场监督管理局", 2);
        SampleReturns.write(excel, folder.resolve("甲县.xlsx"), OffsetDateTime.parse("2026-11-20T09:00:00+08:00"), 1);
        SampleWordReturns.write(word, folder.resolve("乙县.docx"));
        blankDocument(folder.resolve("报送函.docx"));
        List<Path> files = ReturnFiles.collect(List.of(folder));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("甲县.xlsx", "乙县.docx", "报送函.docx");

        Consolidation result = new Consolidator(SampleForms.form(), 2)
                .consolidate(files, dir.resolve("汇总.xlsx"), Typography.DEFAULT, (done, total) -> { });
        assertThat(result.returns().units()).extracting(ReturnedForm::unitName)
                .containsExactlyInAnyOrder("甲县市场监督管理局", "乙县市场监督管理局");
        ReturnedForm fromWord = result.returns().units().stream()
                .filter(r -> r.unitName().startsWith("乙县")).findFirst().orElseThrow();
        RoundTripTest.assertSameContent(fromWord.form(), word);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(dir.resolve("汇总.xlsx")))) {
            StringBuilder status = new StringBuilder();
            wb.getSheet("填报情况").forEach(row -> row.forEach(c -> status.append(c.toString()).append('|')));
            assertThat(status).as("a Word file was not exported: its time is when it was saved")
                    .contains("乙县.docx|已汇总（文件保存于 ").containsPattern("甲县.xlsx\\|已汇总（2026-11-2\\d \\d\\d:00 导出）");
        }
        assertThat(result.returns().unreadable()).as("a cover letter is no problem").isEmpty();
        assertThat(result.returns().skipped()).extracting(s -> s.file().getFileName().toString()).containsExactly("报送函.docx");
    }

    @Test
    void aCellSpanningColumnsStandsAtItsGridPosition() throws IOException {
        Path file = dir.resolve("spans.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
            table.getRow(0).getCell(0).setText("跨三列");
            table.getRow(0).getCell(1).setText("第四列");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        try (Workbook wb = SpreadsheetFiles.open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            Row row = sheet.getRow(sheet.getLastRowNum());
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("跨三列");
            assertThat(row.getCell(1)).isNull();
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("第四列");
        }
    }

    @Test
    void aWordDocumentWithoutTheTableIsRefusedSayingSo() throws IOException {
        Path letter = blankDocument(dir.resolve("报送函.docx"));
        assertThatThrownBy(() -> new AttachmentReader(SampleForms.form()).read(letter))
                .isInstanceOf(UserException.class).hasMessageContaining("报送函.docx").hasMessageContaining("其中没有表格");
    }

    private static Path blankDocument(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("关于报送2019年地方知识产权战略实施工作要点的函");
            doc.write(out);
        }
        return file;
    }
}
