package org.tianbao.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.excel.AttachmentReader;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.Typography;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UserException;
import org.tianbao.model.WorkItem;
import org.tianbao.store.DataFolder;
import org.tianbao.store.ExportHistory;
import org.tianbao.store.Workspace;

/**
 * 修改处标红: a corrected return shows in red what changed since the unit's last export, in the workbook and
 * in the Word document, and reads back like any return.
 */
class MarkedChangesTest {

    @TempDir
    Path dir;
    private DataFolder folder;
    private WorkItem dropped;

    @BeforeEach
    void exportOnce() throws IOException {
        folder = new DataFolder(dir.resolve("data"));
        try (Workspace ws = Workspace.open(folder)) {
            ws.importForm(SampleForms.filled("黔东县市场监督管理局", 7));
            dropped = ws.forms().addLocalItem(3, "商标品牌指导站");
            ws.forms().saveEntry(dropped.id(), "建站 2 个", List.of("县市场监督管理局"));
            new ExportService(ws).export(dir.resolve("第一次.xlsx"), Typography.DEFAULT);
        }
    }

    /** The corrections: 1.02's measures, 2.03's departments, a new own row, the old own row deleted. */
    private FilledForm correct() throws IOException {
        try (Workspace ws = Workspace.open(folder)) {
            FilledForm before = ws.forms().load();
            ws.forms().saveEntry("1.02", before.entry("1.02").orElseThrow().measures() + "（已更正）",
                    before.entry("1.02").orElseThrow().departments());
            ws.forms().saveEntry("2.03", before.entry("2.03").orElseThrow().measures(), List.of("县公安局", "县商务局"));
            WorkItem added = ws.forms().addLocalItem(3, "专利导航");
            ws.forms().saveEntry(added.id(), "开展导航 1 次", List.of());
            ws.forms().deleteLocalItem(dropped.id());
            return ws.forms().load();
        }
    }

    private ExportService.Result exportMarked(Path target) throws IOException {
        try (Workspace ws = Workspace.open(folder)) {
            return new ExportService(ws).export(target, Typography.DEFAULT, true);
        }
    }

    @Test
    void theLastExportIsKeptRowByRow() throws IOException {
        try (Workspace ws = Workspace.open(folder)) {
            ExportHistory.Version last = ws.exports().last().orElseThrow();
            assertThat(last.sequence()).isEqualTo(1);
            assertThat(last.unitName()).isEqualTo("黔东县市场监督管理局");
            RoundTripTest.assertSameContent(last.form(), ws.forms().load());
            assertThat(last.form().localEntries()).singleElement().satisfies(e -> assertThat(e.item()).isEqualTo(dropped));
        }
    }

    @Test
    void theWorkbookShowsWhatChangedInRedAndReadsBackAsItIs() throws IOException {
        FilledForm corrected = correct();
        Path file = dir.resolve("更正.xlsx");
        ExportService.Result result = exportMarked(file);
        assertThat(result.marks().rowCount()).isEqualTo(3);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).matches(
                    "注：红色字为\\d{4}年\\d{1,2}月\\d{1,2}日第 1 次导出后修改的内容；删去了本单位工作“商标品牌指导站”");
            List<String> red = new ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                for (int c = 0; c < 5; c++) {
                    XSSFCell cell = sheet.getRow(r).getCell(c);
                    if (cell.getCellStyle().getFont().getColor() == IndexedColors.RED.getIndex()
                            && !cell.getStringCellValue().isEmpty()) {
                        red.add(c + ":" + cell.getStringCellValue());
                    }
                }
            }
            String measures = corrected.entry("1.02").orElseThrow().measures();
            assertThat(red).containsExactly("3:" + measures, "4:县公安局、县商务局", "2:专利导航", "3:开展导航 1 次");
        }
        RoundTripTest.assertSameContent(new AttachmentReader(SampleForms.form()).read(file).form(), corrected);

        // Exported again unchanged (as a Word document after the workbook), it shows the same in red; once
        // changed again, only what changed since this version.
        ExportService.Result again = exportMarked(dir.resolve("更正-再次.xlsx"));
        assertThat(again.marks().rowCount()).isEqualTo(3);
        try (Workspace ws = Workspace.open(folder)) {
            ws.forms().saveEntry("4.01", "再次更正", List.of("县科技局"));
            ExportService.Revision since = new ExportService(ws).changesSinceLastExport().orElseThrow();
            assertThat(since.since().sequence()).isEqualTo(3);
            assertThat(since.marks().rowCount()).isEqualTo(1);
        }
    }

    @Test
    void theWordDocumentShowsTheSameInRed() throws IOException {
        FilledForm corrected = correct();
        Path file = dir.resolve("更正.docx");
        exportMarked(file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.startsWith("注：红色字为") && t.endsWith("删去了本单位工作“商标品牌指导站”"));
            XWPFTable table = doc.getTables().get(0);
            List<String> red = new ArrayList<>();
            for (int r = 1; r < table.getNumberOfRows(); r++) {
                for (int c = 0; c < 5; c++) {
                    XWPFTableCell cell = table.getRow(r).getCell(c);
                    boolean isRed = cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                            .map(XWPFRun::getColor).anyMatch("FF0000"::equals);
                    if (isRed) {
                        red.add(c + ":" + cell.getText());
                    }
                }
            }
            assertThat(red).containsExactly("3:" + corrected.entry("1.02").orElseThrow().measures().replace("\n", ""),
                    "4:县公安局、县商务局", "2:专利导航", "3:开展导航 1 次");
        }
        RoundTripTest.assertSameContent(new AttachmentReader(SampleForms.form()).read(file).form(), corrected);
    }

    @Test
    void withoutAnEarlierExportNothingIsWritten() throws IOException {
        DataFolder fresh = new DataFolder(dir.resolve("fresh"));
        Path target = dir.resolve("新.xlsx");
        try (Workspace ws = Workspace.open(fresh)) {
            assertThat(new ExportService(ws).changesSinceLastExport()).isEmpty();
            assertThatThrownBy(() -> new ExportService(ws).export(target, Typography.DEFAULT, true))
                    .isInstanceOf(UserException.class).hasMessageContaining("还没有导出过这张表");
        }
        assertThat(target).doesNotExist();
    }
}
