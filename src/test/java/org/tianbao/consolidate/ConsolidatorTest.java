package org.tianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.SampleReturns;
import org.tianbao.excel.Typography;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.ItemNumberRuns;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;
import org.tianbao.transfer.OtherPrograms;

/** Consolidates generated returns and reads the workbook back: every unit's every measure exactly once. */
class ConsolidatorTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");

    @TempDir
    Path dir;
    private Path returns;
    private List<FilledForm> expected;
    private FilledForm olderC;

    @BeforeEach
    void writeReturns() throws IOException {
        returns = Files.createDirectories(dir.resolve("收到的文件").resolve("第二批"));
        // 甲县 writes measures too long for a page: they go on over several rows of each sheet.
        FilledForm a = SampleForms.withLongMeasures(SampleForms.filled("甲县市场监督管理局", 1));
        FilledForm b = withOwnRows(SampleForms.filled("乙县市场监督管理局", 2));
        olderC = SampleForms.filled("丙县市场监督管理局", 3);
        FilledForm c = SampleForms.filled("丙县市场监督管理局", 4);
        FilledForm d = SampleForms.filled("丁县市场监督管理局", 5);
        SampleReturns.write(a, returns.resolve("甲县.xlsx"), T, 1);
        SampleReturns.write(b, returns.getParent().resolve("乙县.xlsx"), T, 1);
        SampleReturns.write(olderC, returns.resolve("丙县-旧.xlsx"), T, 1);
        SampleReturns.write(c, returns.resolve("丙县-新.xlsx"), T.plusDays(1), 2);
        Path dExport = SampleReturns.write(d, dir.resolve("丁县-原.xlsx"), T, 1);
        // 丁县 re-saved its return in another program and retyped one 工作内容 there, a little differently.
        OtherPrograms.rewrite(dExport, returns.resolve("丁县-重存.xlsx"), rows -> {
            rows.stream().filter(row -> row.size() > 2 && row.get(2).equals("加大知识产权犯罪打击力度"))
                    .forEach(row -> row.set(2, "加大知识产权犯罪打击"));
            return rows;
        });
        Files.write(returns.resolve("损坏.xlsx"), java.util.Arrays.copyOf(Files.readAllBytes(dExport), 3000));
        Files.writeString(returns.resolve("~$甲县.xlsx"), "Office lock file");
        Files.writeString(returns.resolve("说明.txt"), "not a return");
        // An archive being unpacked, under its temporary name: not read until it is whole.
        Files.copy(returns.resolve("甲县.xlsx"), Files.createDirectories(returns.resolve(".tianbao-unpack-1")).resolve("甲县.xlsx"));
        expected = List.of(a, b, c, d);
    }

    private static FilledForm withOwnRows(FilledForm base) {
        List<Entry> official = base.entries().stream().filter(e -> !e.item().isLocal()).toList();
        List<Entry> own = List.of(
                new Entry(WorkItem.newLocal(3, "本县创新：专利导航产业发展"), "开展专利导航。", List.of("县科技局")),
                new Entry(WorkItem.newLocal(3, "本县创新：商标品牌指导站"), "建设指导站2个。", List.of("县市场监督管理局")));
        return new FilledForm(base.definition(), base.unit(), FilledForm.inPrintOrder(base.definition(), official, own));
    }

    private Consolidation consolidate(Path out) {
        return consolidate(out, List.of());
    }

    /** The returns received, against a list of the units that owe one (none: no check). */
    private Consolidation consolidate(Path out, List<String> expected) {
        List<Path> files = ReturnFiles.collect(List.of(dir.resolve("收到的文件")));
        return new Consolidator(SampleForms.form(), 2).consolidate(files, expected, out, Typography.DEFAULT, (d, t) -> { });
    }

    @Test
    void findsReturnsInFoldersAndSkipsLockFilesAndOtherFiles() {
        List<String> names = ReturnFiles.collect(List.of(dir.resolve("收到的文件"))).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertThat(names).containsExactlyInAnyOrder("甲县.xlsx", "乙县.xlsx", "丙县-旧.xlsx", "丙县-新.xlsx",
                "丁县-重存.xlsx", "损坏.xlsx");
    }

    @Test
    void everyUnitsEveryFilledRowIsInTheSummaryExactlyOnce() throws IOException {
        Path out = dir.resolve("汇总.xlsx");
        Consolidation result = consolidate(out);
        assertThat(result.returns().units()).extracting(r -> r.unitName())
                .containsExactlyInAnyOrder("甲县市场监督管理局", "乙县市场监督管理局", "丙县市场监督管理局", "丁县市场监督管理局");
        assertThat(result.returns().superseded()).singleElement()
                .satisfies(s -> assertThat(s.file().getFileName().toString()).isEqualTo("丙县-旧.xlsx"));
        assertThat(result.returns().unreadable()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("损坏.xlsx"));

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetName(0)).isEqualTo("汇总");
            assertThat(wb.getSheetName(1)).isEqualTo("填报情况");
            assertThat(wb.getNumberOfSheets()).isEqualTo(6);
            XSSFSheet summary = wb.getSheet("汇总");
            List<String> header = new ArrayList<>();
            summary.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("序号", "工作重点", "工作内容", "填报单位", "具体举措及成果形式", "责任部门");

            // A row whose area, item, unit and departments are those of the row above carries its measures on.
            List<String> actualRows = new ArrayList<>();
            String previousKey = null;
            for (int r = 3; r <= summary.getLastRowNum(); r++) {
                String key = shown(summary, r, 1) + "|" + shown(summary, r, 2) + "|" + shown(summary, r, 3) + "|"
                        + shown(summary, r, 5);
                String measures = shown(summary, r, 4);
                if (key.equals(previousKey)) {
                    String above = actualRows.remove(actualRows.size() - 1);
                    actualRows.add(above + "\u0000" + measures);
                } else {
                    actualRows.add(key + "|" + measures);
                }
                previousKey = key;
            }
            assertThat(actualRows).as("the long measures went on over several rows").filteredOn(row -> row.contains("\u0000"))
                    .hasSize(3);
            // Rows are cut at line breaks or inside a paragraph: compared without line breaks where cut.
            actualRows.replaceAll(row -> row.contains("\u0000") ? row.replace("\n", "").replace("\u0000", "") : row);
            List<String> expectedRows = new ArrayList<>();
            for (FilledForm f : expected) {
                for (Entry e : f.entries()) {
                    if (!e.isBlank()) {
                        String measures = e.measures().length() > 500 ? e.measures().replace("\n", "") : e.measures();
                        expectedRows.add(f.definition().area(e.item().areaNumber()).title() + "|" + e.item().text()
                                + "|" + f.unit().unitName() + "|" + Departments.join(e.departments()) + "|" + measures);
                    }
                }
            }
            assertThat(actualRows).containsExactlyInAnyOrderElementsOf(expectedRows);
            assertThat(actualRows).noneMatch(row -> olderC.entries().stream().filter(e -> !e.isBlank())
                    .anyMatch(e -> row.endsWith("|丙县市场监督管理局|" + Departments.join(e.departments()) + "|" + e.measures())
                            && !expected.get(2).entries().contains(e)));
            assertThat(summary.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            int[] breaks = summary.getRowBreaks();
            assertThat(breaks).as("pages planned").isNotEmpty();
            for (CellRangeAddress merged : summary.getMergedRegions()) {
                for (int b : breaks) {
                    assertThat(b >= merged.getFirstRow() && b < merged.getLastRow())
                            .as("merged block %s crosses the page break after row %d", merged.formatAsString(), b).isFalse();
                }
            }
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();

            XSSFSheet status = wb.getSheet("填报情况");
            String statusText = sheetText(status);
            assertThat(statusText).contains("丙县-旧.xlsx").contains("已被较新的“丙县-新.xlsx”替代")
                    .contains("损坏.xlsx").contains("无法读取").contains("丁县-重存.xlsx");
            // What the reader had to interpret is there for the consolidator to check.
            assertThat(result.unitProgress()).allSatisfy(p -> assertThat(p.notes()).hasSize(
                    p.unitName().startsWith("丁县") ? 1 : 0));
            assertThat(statusText).contains("工作内容“加大知识产权犯罪打击”与附件原文“加大知识产权犯罪打击力度”略有不同");
            // Each unit's empty rows are numbered as the window numbers them.
            assertThat(result.unitProgress()).allSatisfy(p -> {
                assertThat(p.emptyRuns()).isEqualTo(ItemNumberRuns.of(result.form(), p.emptyItems()));
                assertThat(statusText).contains(p.emptyRuns());
            });
            XSSFSheet ownRows = wb.getSheet("乙县市场监督管理局");
            assertThat(sheetText(ownRows)).contains("本县创新：专利导航产业发展").contains("建设指导站2个。");
            assertThat(sheetText(ownRows)).contains("填报单位：乙县市场监督管理局");
        }
    }

    @Test
    void rowsWhoseMeasuresRepeatAnotherRowsAreListedForEachUnit() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("重复"));
        FilledForm complete = SampleForms.complete("庚县市场监督管理局");
        List<Entry> distinct = complete.entries().stream()
                .map(e -> new Entry(e.item(), e.item().id() + " 的举措。", e.departments())).toList();
        List<Entry> pasted = distinct.stream().map(e -> switch (e.item().id()) {
            case "1.05", "3.01" -> new Entry(e.item(), "开展宣传活动3次。", e.departments());
            default -> e;
        }).toList();
        SampleReturns.write(new FilledForm(complete.definition(), complete.unit(), pasted), folder.resolve("庚县.xlsx"), T, 1);
        SampleReturns.write(new FilledForm(complete.definition(), new UnitInfo("辛县市场监督管理局", "", ""), distinct),
                folder.resolve("辛县.xlsx"), T, 1);
        Path out = dir.resolve("重复汇总.xlsx");
        Consolidation result = new Consolidator(SampleForms.form(), 2).consolidate(
                List.of(folder.resolve("庚县.xlsx"), folder.resolve("辛县.xlsx")), out,
                Typography.DEFAULT, (d, t) -> { });

        assertThat(result.unitProgress()).extracting(p -> p.unitName().substring(0, 2) + ":" + p.repeatedRuns())
                .containsExactlyInAnyOrder("庚县:1.05、3.01", "辛县:");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(sheetText(wb.getSheet("填报情况"))).contains("具体举措与其他项相同：1.05、3.01")
                    .containsOnlyOnce("具体举措与其他项相同");
        }
    }

    @Test
    void rowsAUnitDeclaredNotApplicableAreAnsweredAndListedApart() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("不涉及"));
        FilledForm complete = SampleForms.complete("戊县市场监督管理局");
        List<Entry> entries = complete.entries().stream().map(e -> switch (e.item().id()) {
            case "2.03", "2.04" -> new Entry(e.item(), "不涉及", List.of());
            case "5.02" -> new Entry(e.item(), "本县无此项工作。", List.of("县教育局"));
            case "1.01" -> Entry.blank(e.item());
            default -> e;
        }).toList();
        SampleReturns.write(new FilledForm(complete.definition(), complete.unit(), entries), folder.resolve("戊县.xlsx"), T, 1);
        SampleReturns.write(SampleForms.complete("己县市场监督管理局"), folder.resolve("己县.xlsx"), T, 1);
        Path out = dir.resolve("不涉及汇总.xlsx");
        Consolidation result = new Consolidator(SampleForms.form(), 2).consolidate(List.of(folder.resolve("戊县.xlsx"),
                folder.resolve("己县.xlsx")), out, Typography.DEFAULT, (d, t) -> { });

        Consolidation.UnitProgress wu = result.unitProgress().stream()
                .filter(p -> p.unitName().startsWith("戊县")).findFirst().orElseThrow();
        assertThat(wu.filled()).as("declared rows are answered").isEqualTo(68);
        assertThat(wu.emptyRuns()).isEqualTo("1.01");
        assertThat(wu.notApplicableRuns()).isEqualTo("2.03、2.04、5.02");
        Consolidation.ItemProgress customs = result.itemProgress().stream()
                .filter(p -> p.item().id().equals("2.03")).findFirst().orElseThrow();
        assertThat(customs.units()).as("units that wrote measures").isEqualTo(1);
        assertThat(customs.notApplicable()).isEqualTo(1);
        assertThat(customs.notApplicableUnits()).singleElement().satisfies(n -> assertThat(n).startsWith("戊县"));
        assertThat(customs.emptyUnits()).isEmpty();
        assertThat(result.itemProgress().get(0).emptyUnits()).as("1.01, which 戊县 left empty")
                .singleElement().satisfies(n -> assertThat(n).startsWith("戊县"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet status = wb.getSheet("填报情况");
            int header = -1;
            int column = -1;
            for (int r = 0; r < 5 && column < 0; r++) {
                for (Cell c : status.getRow(r)) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("不涉及的工作内容（编号）")) {
                        header = r;
                        column = c.getColumnIndex();
                    }
                }
            }
            assertThat(column).as("a column of its own").isPositive();
            List<String> declared = new ArrayList<>();
            for (int r = header + 1; r <= status.getLastRowNum(); r++) {
                declared.add(shown(status, r, 1) + "=" + shown(status, r, column));
            }
            assertThat(declared).containsExactlyInAnyOrder("戊县市场监督管理局=2.03、2.04、5.02", "己县市场监督管理局=");
        }
    }

    @Test
    void aCorrectedReturnIsListedWithWhatItChanged() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("更正"));
        FilledForm first = SampleForms.complete("庚县市场监督管理局");
        List<Entry> corrected = first.entries().stream().map(e -> switch (e.item().id()) {
            case "1.02" -> new Entry(e.item(), e.measures() + "（已更正）", e.departments());
            case "2.03" -> new Entry(e.item(), "不涉及", List.of());
            default -> e;
        }).toList();
        // The corrected file comes first in the folder: which is newer is the export's, not the order's.
        SampleReturns.write(new FilledForm(first.definition(), first.unit(), corrected), folder.resolve("a-更正.xlsx"),
                T.plusDays(1), 2);
        SampleReturns.write(first, folder.resolve("b-原.xlsx"), T, 1);
        Path out = dir.resolve("更正汇总.xlsx");
        Consolidation result = new Consolidator(SampleForms.form(), 2).consolidate(ReturnFiles.collect(List.of(folder)),
                out, Typography.DEFAULT, (d, t) -> { });
        assertThat(result.returns().superseded()).singleElement().satisfies(s -> assertThat(s.outcome())
                .isEqualTo("已被较新的“a-更正.xlsx”替代（较新的文件改了 2 项：1.02、2.03）"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(sheetText(wb.getSheet("填报情况"))).contains("未汇总：已被较新的“a-更正.xlsx”替代（较新的文件改了 2 项：1.02、2.03）");
        }
    }

    @Test
    void unitsThatOweAReturnAndSentNoneAreListed() throws IOException {
        Path out = dir.resolve("汇总.xlsx");
        Consolidation result = consolidate(out, List.of("甲县", "乙县市场监督管理局", "戊县", "丁县", "己县市场监督管理局"));
        assertThat(result.returns().missing()).containsExactly("戊县", "己县市场监督管理局");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            String status = sheetText(wb.getSheet("填报情况"));
            assertThat(status).contains("未报送 2 个单位", "戊县", "己县市场监督管理局", "应报单位名单中有此单位，但没有收到它的文件");
        }
        assertThat(consolidate(dir.resolve("汇总2.xlsx")).returns().missing()).as("no list, no check").isEmpty();
    }

    @Test
    void aNameOnTheListWithoutItsPlaceIsAUnitThatSentNothing() throws IOException {
        // Every return matched by a name of its own; one more line written 县市场监督管理局, as a list
        // copied from a table with the place in a column of its own. It used to stop the whole 汇总.
        Path out = dir.resolve("汇总.xlsx");
        Consolidation result = consolidate(out, List.of("甲县", "乙县", "丙县", "丁县", "县市场监督管理局"));
        assertThat(result.returns().missing()).containsExactly("县市场监督管理局");
        assertThat(out).isRegularFile();
    }

    @Test
    void aUnitThatSentOnlyAScanOrAnArchiveIsToldWhatCameAndWhatIsNeeded() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("扫描件"));
        SampleReturns.write(SampleForms.filled("庚县市场监督管理局", 7), folder.resolve("庚县.xlsx"), T, 1);
        // 庚县 sent its stamped scan beside its return: passed over, nothing to do.
        Files.writeString(folder.resolve("庚县（盖章）.pdf"), "%PDF-1.4 stamped scan");
        Files.writeString(folder.resolve("辛县市场监督管理局-要点表（盖章）.pdf"), "%PDF-1.4 stamped scan");
        Files.write(folder.resolve("壬县回执.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(folder.resolve("癸县材料.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("癸县.xlsx"));
            zip.write(Files.readAllBytes(folder.resolve("庚县.xlsx")));
        }
        Path out = dir.resolve("汇总.xlsx");
        Consolidation result = new Consolidator(SampleForms.form(), 2).consolidate(ReturnFiles.collect(List.of(folder)),
                List.of("庚县", "辛县", "壬县市场监督管理局", "癸县", "子县"), out, Typography.DEFAULT, (d, t) -> { });

        ConsolidatedReturns returns = result.returns();
        assertThat(returns.units()).extracting(ReturnedForm::unitName).containsExactly("庚县市场监督管理局");
        assertThat(returns.skipped()).extracting(s -> s.file().getFileName().toString(), ConsolidatedReturns.Skipped::what)
                .containsExactlyInAnyOrder(
                        tuple("庚县（盖章）.pdf", "PDF 文件（如盖章后的扫描件），其中的表格无法读取"),
                        tuple("辛县市场监督管理局-要点表（盖章）.pdf", "PDF 文件（如盖章后的扫描件），其中的表格无法读取"),
                        tuple("壬县回执.jpg", "图片（如拍照或扫描件），其中的表格无法读取"));
        assertThat(returns.unreadable()).singleElement().extracting(ConsolidatedReturns.Unreadable::reason).asString()
                .isEqualTo("无法读取文件“癸县材料.zip”：它是一个压缩包，不是 Excel 工作簿：请先解压，再读取解压出的文件。");
        assertThat(returns.missing()).containsExactly("辛县", "壬县市场监督管理局", "癸县", "子县");
        assertThat(returns.receivedInstead("辛县")).map(ConsolidatedReturns.Received::sentence)
                .contains("收到的“辛县市场监督管理局-要点表（盖章）.pdf”是 PDF 文件（如盖章后的扫描件），其中的表格无法读取");
        assertThat(returns.receivedInstead("壬县市场监督管理局")).map(ConsolidatedReturns.Received::sentence)
                .contains("收到的“壬县回执.jpg”是图片（如拍照或扫描件），其中的表格无法读取");
        assertThat(returns.receivedInstead("癸县")).map(ConsolidatedReturns.Received::sentence)
                .contains("收到的“癸县材料.zip”是压缩包，尚未解压");
        assertThat(returns.receivedInstead("子县")).isEmpty();

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            String status = sheetText(wb.getSheet("填报情况"));
            assertThat(status).contains("跳过 3 个无需汇总的文件")
                    .containsPattern("庚县（盖章）.pdf\t已跳过\t+它是 PDF 文件")
                    .containsPattern("壬县市场监督管理局\t+未报送\t+应报单位名单中有此单位，没有收到可汇总的文件：收到的“壬县回执.jpg”是图片")
                    .containsPattern("子县\t+未报送\t+应报单位名单中有此单位，但没有收到它的文件");
        }
        // 癸县 did send its return, packed: the consolidator unpacks it, the unit is not chased.
        assertThat(Reminder.text(result, java.time.LocalDate.of(2026, 11, 24))).contains("一、尚未报送（3 个单位）："
                + "辛县（收到的“辛县市场监督管理局-要点表（盖章）.pdf”是 PDF 文件（如盖章后的扫描件），其中的表格无法读取，"
                + "请报送 Excel 或 Word 文件）、壬县市场监督管理局（收到的“壬县回执.jpg”是图片（如拍照或扫描件），其中的表格无法读取，"
                + "请报送 Excel 或 Word 文件）、子县。").doesNotContain("癸县");
    }

    @Test
    void returnsThatCameInAZipAreReadFromTheFolderItWasUnpackedInto() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("邮件附件"));
        SampleReturns.write(SampleForms.filled("庚县市场监督管理局", 7), folder.resolve("庚县.xlsx"), T, 1);
        Path xin = SampleReturns.write(SampleForms.filled("辛县市场监督管理局", 8), dir.resolve("辛县.xlsx"), T, 1);
        Path ren = SampleReturns.write(SampleForms.filled("壬县市场监督管理局", 9), dir.resolve("壬县.xlsx"), T, 1);
        Map<String, byte[]> packed = new java.util.LinkedHashMap<>();
        packed.put("辛县/辛县-要点表.xlsx", Files.readAllBytes(xin));
        packed.put("辛县/辛县（盖章）.pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        packed.put("壬县-要点表.xlsx", Files.readAllBytes(ren));
        Path zip = org.tianbao.io.TestZips.write(folder.resolve("辛县壬县报表.zip"), org.tianbao.io.TestZips.WINDOWS_NAMES, packed);
        List<String> expectedUnits = List.of("庚县", "辛县", "壬县");

        Consolidation before = new Consolidator(SampleForms.form(), 2).consolidate(ReturnFiles.collect(List.of(folder)),
                expectedUnits, dir.resolve("汇总1.xlsx"), Typography.DEFAULT, (d, t) -> { });
        assertThat(before.returns().units()).extracting(ReturnedForm::unitName).containsExactly("庚县市场监督管理局");
        assertThat(before.returns().unreadable()).extracting(ConsolidatedReturns.Unreadable::file).containsExactly(zip);

        Path unpacked = org.tianbao.io.ArchiveUnpacker.unpack(zip);
        for (List<Path> inputs : List.of(List.of(folder), List.of(zip))) {
            Consolidation after = new Consolidator(SampleForms.form(), 2).consolidate(ReturnFiles.collect(inputs),
                    expectedUnits, dir.resolve("汇总2.xlsx"), Typography.DEFAULT, (d, t) -> { });
            assertThat(after.returns().units()).extracting(ReturnedForm::unitName).as("read from %s", inputs)
                    .containsAll(List.of("辛县市场监督管理局", "壬县市场监督管理局"));
            assertThat(after.returns().unreadable()).isEmpty();
            assertThat(after.returns().missing()).as("庚县's return is beside the zip, not in it")
                    .isEqualTo(inputs.contains(folder) ? List.of() : List.of("庚县"));
            assertThat(after.returns().skipped()).extracting(s -> s.file().getFileName().toString(), ConsolidatedReturns.Skipped::described)
                    .contains(tuple("辛县壬县报表.zip", "是已解压的压缩包：其中的文件从文件夹“辛县壬县报表”读取"));
            assertThat(after.returns().units()).filteredOn(r -> r.unitName().startsWith("辛县")).singleElement()
                    .extracting(ReturnedForm::file).isEqualTo(unpacked.resolve("辛县/辛县-要点表.xlsx"));
        }
    }

    @Test
    void aUnitThatCorrectedItsNameIsOneUnitAndOneWithItsCityBeforeItIsNoted() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("改名"));
        SampleReturns.write(SampleForms.filled("庚县市场监管局", 7), folder.resolve("庚县.xlsx"), T, 1);
        SampleReturns.write(SampleForms.filled("庚县市场监督管理局（知识产权局）", 8), folder.resolve("庚县-更正.xlsx"),
                T.plusDays(1), 2);
        SampleReturns.write(SampleForms.filled("贵阳市白云区市场监督管理局", 9), folder.resolve("贵阳市白云区.xlsx"), T, 1);
        SampleReturns.write(SampleForms.filled("白云区市场监督管理局", 10), folder.resolve("白云区.xlsx"), T, 1);
        SampleReturns.write(SampleForms.filled("宁县市场监督管理局", 11), folder.resolve("宁县.xlsx"), T, 1);
        SampleReturns.write(SampleForms.filled("正宁县市场监督管理局", 12), folder.resolve("正宁县.xlsx"), T, 1);

        Consolidation result = new Consolidator(SampleForms.form(), 2).consolidate(ReturnFiles.collect(List.of(folder)),
                dir.resolve("汇总.xlsx"), Typography.DEFAULT, (d, t) -> { });

        assertThat(result.returns().units()).extracting(ReturnedForm::unitName).containsExactlyInAnyOrder(
                "庚县市场监督管理局（知识产权局）", "贵阳市白云区市场监督管理局", "白云区市场监督管理局", "宁县市场监督管理局",
                "正宁县市场监督管理局");
        assertThat(result.returns().superseded()).singleElement()
                .satisfies(s -> assertThat(s.file().getFileName()).hasToString("庚县.xlsx"))
                .satisfies(s -> assertThat(s.unitName()).isEqualTo("庚县市场监管局"));
        Map<String, List<String>> notes = result.returns().units().stream()
                .collect(java.util.stream.Collectors.toMap(ReturnedForm::unitName, ReturnedForm::notes));
        assertThat(notes.get("白云区市场监督管理局"))
                .containsExactly("与“贵阳市白云区.xlsx”的“贵阳市白云区市场监督管理局”可能是同一单位，两份都已汇总。");
        assertThat(notes.get("贵阳市白云区市场监督管理局"))
                .containsExactly("与“白云区.xlsx”的“白云区市场监督管理局”可能是同一单位，两份都已汇总。");
        assertThat(notes.get("宁县市场监督管理局")).isEmpty();
        assertThat(notes.get("正宁县市场监督管理局")).isEmpty();
    }

    @Test
    void theBlankAttachmentKeptBesideTheReturnsIsNobodysReturn() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("空白附件"));
        SampleReturns.write(FilledForm.blank(SampleForms.form(), UnitInfo.EMPTY), folder.resolve("附件.xlsx"), T, 1);
        // A unit that sent its form still empty is a unit, to be reminded.
        SampleReturns.write(FilledForm.blank(SampleForms.form(), new UnitInfo("辛县市场监督管理局", "", "")),
                folder.resolve("辛县.xlsx"), T, 1);
        SampleReturns.write(SampleForms.filled("庚县市场监督管理局", 7), folder.resolve("庚县.xlsx"), T, 1);

        Consolidation result = new Consolidator(SampleForms.form(), 2).consolidate(ReturnFiles.collect(List.of(folder)),
                dir.resolve("汇总.xlsx"), Typography.DEFAULT, (d, t) -> { });

        assertThat(result.returns().units()).extracting(ReturnedForm::unitName)
                .containsExactly("庚县市场监督管理局", "辛县市场监督管理局");
        assertThat(result.returns().skipped()).extracting(s -> s.file().getFileName().toString(),
                ConsolidatedReturns.Skipped::what).containsExactly(tuple("附件.xlsx", "空白的附件（没有填报单位，也没有填写任何内容）"));
    }

    @Test
    void theUnitsOwnRowsStayUnderTheirKeyArea() throws IOException {
        Path out = dir.resolve("汇总.xlsx");
        consolidate(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet summary = wb.getSheet("汇总");
            for (int r = 3; r <= summary.getLastRowNum(); r++) {
                if (shown(summary, r, 2).startsWith("本县创新：")) {
                    assertThat(shown(summary, r, 1)).isEqualTo("促进知识产权创造运用");
                    assertThat(shown(summary, r, 3)).isEqualTo("乙县市场监督管理局");
                }
            }
        }
    }

    @Test
    void aReturnWithoutAnyUnitIsNamedAfterItsFile() throws IOException {
        FilledForm nameless = SampleForms.filled("", 6).withUnit(UnitInfo.EMPTY);
        SampleReturns.write(nameless, returns.resolve("无名.xlsx"), T, 1);
        Consolidation result = consolidate(dir.resolve("汇总.xlsx"));
        assertThat(result.returns().units()).extracting(r -> r.unitName()).contains("（未写单位）无名");
    }

    @Test
    void nothingReadableMeansNothingWritten() throws IOException {
        Path only = Files.createDirectories(dir.resolve("坏"));
        Files.writeString(only.resolve("x.xlsx"), "text");
        Path out = dir.resolve("不应存在.xlsx");
        assertThatThrownBy(() -> new Consolidator(SampleForms.form()).consolidate(List.of(only.resolve("x.xlsx")), out,
                Typography.DEFAULT, (d, t) -> { })).hasMessageContaining("没有可汇总的文件").hasMessageContaining("x.xlsx");
        assertThat(out).doesNotExist();
        // Scans alone: the consolidator is told what they are.
        Files.writeString(only.resolve("甲县（盖章）.pdf"), "%PDF-1.4");
        assertThatThrownBy(() -> new Consolidator(SampleForms.form()).consolidate(List.of(only.resolve("甲县（盖章）.pdf")),
                out, Typography.DEFAULT, (d, t) -> { })).hasMessage("没有可汇总的文件：1 个文件中没有一个能读取为《"
                + SampleForms.form().title() + "》（例如：“甲县（盖章）.pdf”是 PDF 文件（如盖章后的扫描件），其中的表格无法读取），"
                + "没有写入“不应存在.xlsx”。");
        assertThat(out).doesNotExist();
    }

    @Test
    void aCancelledConsolidationWritesNothing() {
        Consolidator consolidator = new Consolidator(SampleForms.form(), 1);
        Path out = dir.resolve("取消.xlsx");
        List<Path> files = ReturnFiles.collect(List.of(dir.resolve("收到的文件")));
        assertThatThrownBy(() -> consolidator.consolidate(files, out, Typography.DEFAULT, (done, total) -> consolidator.cancel()))
                .isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void completenessByUnitAndByItem() {
        Consolidation result = consolidate(dir.resolve("汇总.xlsx"));
        assertThat(result.unitProgress()).hasSize(4).allSatisfy(p -> assertThat(p.total()).isEqualTo(69));
        Consolidation.UnitProgress a = result.unitProgress().stream()
                .filter(p -> p.unitName().equals("甲县市场监督管理局")).findFirst().orElseThrow();
        long blanks = expected.get(0).entries().stream().filter(Entry::isBlank).count();
        assertThat(a.filled()).isEqualTo(69 - blanks);
        assertThat(result.itemProgress()).hasSize(69).allSatisfy(p -> assertThat(p.of()).isEqualTo(4));
    }

    /** The text a cell shows, reading a merged cell's value from its region's first cell. */
    private static String shown(XSSFSheet sheet, int row, int col) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(row, col)) {
                return text(sheet, region.getFirstRow(), col);
            }
        }
        return text(sheet, row, col);
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        Cell cell = sheet.getRow(row).getCell(col);
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(c -> all.append(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "").append('\t')));
        return all.toString();
    }
}
