package org.tianbao.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.UserException;
import org.tianbao.model.WorkItem;

/** Exports a filled form and reads the file back: texts, merges, fonts, borders, print settings, row heights. */
class AttachmentWriterTest {

    @TempDir
    Path dir;
    private FilledForm form;
    private Path file;

    @BeforeEach
    void export() throws IOException {
        form = withOddTexts(SampleForms.filled("某某县市场监督管理局", 11));
        file = dir.resolve(AttachmentWriter.defaultFileName(form));
        new AttachmentWriter(Typography.DEFAULT).write(form, metadata(form, 3), file);
    }

    static ReturnMetadata metadata(FilledForm form, long sequence) {
        return new ReturnMetadata(form.definition().id(), form.definition().version(), form.unit().unitName(),
                OffsetDateTime.parse("2026-11-23T10:15:30+08:00"), sequence, ContentHash.of(form), "test");
    }

    /** Texts a person types or pastes: formula-like starts, emoji, line breaks, own rows. */
    private static FilledForm withOddTexts(FilledForm base) {
        List<Entry> entries = new ArrayList<>(base.entries());
        entries.set(0, new Entry(entries.get(0).item(), "=SUM(A1:A3) 不是公式\n第二行 😀", List.of("县科技局", "县财政局")));
        entries.set(1, new Entry(entries.get(1).item(), "+86 电话；-减号开头；@提及", List.of("县公安局")));
        List<Entry> local = new ArrayList<>(base.localEntries());
        local.add(new Entry(WorkItem.newLocal(2, "本县特色：知识产权“护航”行动"), "开展护航行动。", List.of("县公安局")));
        List<Entry> official = entries.stream().filter(e -> !e.item().isLocal()).toList();
        return new FilledForm(base.definition(), base.unit(), FilledForm.inPrintOrder(base.definition(), official, local));
    }

    private XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    @Test
    void fileIsNamedAfterTheUnitAndTheForm() {
        assertThat(file.getFileName().toString()).isEqualTo("某某县市场监督管理局-2019年地方知识产权战略实施工作要点表.xlsx");
        assertThat(AttachmentWriter.defaultFileName(form.withUnit(new UnitInfo("a/b:c", "", ""))))
                .isEqualTo("a_b_c-2019年地方知识产权战略实施工作要点表.xlsx");
    }

    @Test
    void theFormIsTheFirstSheetLaidOutAsTheAttachment() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("附件");
            assertThat(text(sheet, 1, 0)).isEqualTo("2019年地方知识产权战略实施工作要点表");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A2:E2"));
            assertThat(text(sheet, 2, 0)).isEqualTo("填报单位：某某县市场监督管理局\u3000\u3000填报人：张11\u3000\u3000联系电话："
                    + form.unit().phone());
            for (int c = 0; c < 5; c++) {
                assertThat(text(sheet, 3, c)).isEqualTo(form.definition().columns().get(c));
            }
            List<Entry> entries = form.entries();
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + entries.size());
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                int r = 4 + i;
                assertThat(areaLabelOf(sheet, r, 0)).as("序号 of row %d", r).isEqualTo(String.valueOf(e.item().areaNumber()));
                assertThat(areaLabelOf(sheet, r, 1)).isEqualTo(form.definition().area(e.item().areaNumber()).title());
                assertThat(text(sheet, r, 2)).isEqualTo(e.item().text());
                assertThat(text(sheet, r, 3)).isEqualTo(e.measures());
                assertThat(text(sheet, r, 4)).isEqualTo(Departments.join(e.departments()));
            }
        }
    }

    @Test
    void numberAndKeyAreaAreMergedOverEachAreaAndRepeatedOnEveryPage() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<Integer> breaks = new ArrayList<>();
            for (int b : sheet.getRowBreaks()) {
                breaks.add(b);
            }
            assertThat(breaks).as("a form this long prints on several pages").isNotEmpty();
            for (int col = 0; col <= 1; col++) {
                int r = 4;
                while (r <= sheet.getLastRowNum()) {
                    CellRangeAddress region = regionAt(sheet, r, col);
                    int last = region == null ? r : region.getLastRow();
                    assertThat(text(sheet, r, col)).as("label at the top of the block at row %d", r).isNotEmpty();
                    for (int inside = r; inside < last; inside++) {
                        assertThat(breaks).as("no merged block crosses a page break").doesNotContain(inside);
                        assertThat(areaOfRow(r)).isEqualTo(areaOfRow(inside + 1));
                    }
                    if (last + 1 <= sheet.getLastRowNum() && areaOfRow(last) == areaOfRow(last + 1)) {
                        assertThat(breaks).as("an area's block ends early only at a page break").contains(last);
                    }
                    r = last + 1;
                }
            }
        }
    }

    private int areaOfRow(int row) {
        return form.entries().get(row - 4).item().areaNumber();
    }

    @Test
    void officialTypographyAndBordersOnEveryCell() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertFont(sheet.getRow(0).getCell(0), "黑体", 16);
            assertFont(sheet.getRow(1).getCell(0), "黑体", 22);
            for (int c = 0; c < 5; c++) {
                XSSFCell header = sheet.getRow(3).getCell(c);
                assertFont(header, "黑体", 12);
                assertThat(header.getCellStyle().getFont().getBold()).isFalse();
                assertBoxed(header);
            }
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                for (int c = 0; c < 5; c++) {
                    XSSFCell cell = sheet.getRow(r).getCell(c);
                    assertThat(cell).as("cell %d,%d exists (merged ones too)", r, c).isNotNull();
                    assertFont(cell, "仿宋", 12);
                    assertBoxed(cell);
                    assertThat(cell.getCellStyle().getWrapText()).isTrue();
                    assertThat(cell.getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.CENTER);
                }
                assertThat(sheet.getRow(r).getCell(1).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
                assertThat(sheet.getRow(r).getCell(3).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
            }
            double[] widths = new double[5];
            for (int c = 0; c < 5; c++) {
                widths[c] = sheet.getColumnWidth(c) / 256.0;
            }
            assertThat(widths[3]).as("measures widest").isGreaterThan(widths[2]).isGreaterThan(widths[4]);
            assertThat(widths[0]).as("序号 narrowest").isLessThan(widths[1]);
        }
    }

    private static void assertFont(Cell cell, String name, double points) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        assertThat(style.getFont().getFontName()).isEqualTo(name);
        assertThat(style.getFont().getFontHeightInPoints()).isEqualTo((short) points);
        assertThat(style.getFont().getCharSet()).as("GB2312 charset").isEqualTo(134);
    }

    private static void assertBoxed(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        assertThat(List.of(style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(), style.getBorderRight()))
                .as("borders of %s", cell.getAddress()).containsOnly(BorderStyle.THIN);
    }

    @Test
    void printReadyA4LandscapeOnePageWideWithRepeatedHeaderAndPageNumbers() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:4"));
            assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N").contains("第").contains("共");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getHorizontallyCenter()).isTrue();
            assertThat(sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).isBetween(0.3, 1.0);
            double columnsPt = 0;
            for (int c = 0; c < 5; c++) {
                columnsPt += (sheet.getColumnWidth(c) / 256.0 * 7 + 5) * 0.75;
            }
            double printable = 841.89 - 2 * 72 * sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT);
            assertThat(columnsPt).as("columns fit the page width at 100%").isLessThanOrEqualTo(printable);
        }
    }

    @Test
    void everyRowIsTallEnoughForItsText() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                for (int c = 2; c < 5; c++) {
                    String text = text(sheet, r, c);
                    double columnPx = sheet.getColumnWidth(c) / 256.0 * 7 + 5;
                    int lines = 0;
                    for (String line : text.split("\n", -1)) {
                        // 12-pt CJK glyphs are 16 px wide; count every character as one.
                        lines += Math.max(1, (int) Math.ceil(line.codePointCount(0, line.length()) * 16.0 / (columnPx - 6)));
                    }
                    assertThat((double) row.getHeightInPoints()).as("row %d column %d: %d lines", r + 1, c, lines)
                            .isGreaterThanOrEqualTo(lines * 12 * 1.2);
                }
            }
        }
    }

    @Test
    void measuresTooLongForAPageGoOnInTheRowsBelowAndReadBackWhole() throws IOException {
        FilledForm longForm = SampleForms.withLongMeasures(form);
        Path longFile = dir.resolve("long.xlsx");
        new AttachmentWriter(Typography.DEFAULT).write(longForm, metadata(longForm, 4), longFile);
        TableSheet table = AttachmentSheet.of(longForm);
        double pageRoom = PageGeometry.pageRoom(AttachmentSheet.COLUMNS, table.headerHeight());
        List<Entry> longEntries = longForm.entries().stream()
                .filter(e -> TextHeight.lines(e.measures(), 12, 58) * 18 > pageRoom).toList();
        assertThat(longEntries).as("three entries longer than a page").hasSize(3);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(longFile))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Continuations cuts = Continuations.read(MetadataProperties.customProperties(wb));
            for (Entry e : longEntries) {
                List<Integer> rows = new ArrayList<>();
                for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                    if (areaLabelOf(sheet, r, 2).equals(e.item().text())) {
                        rows.add(r);
                    }
                }
                assertThat(rows).as("%s goes on over several rows", e.item().text()).hasSizeGreaterThan(1);
                assertThat(rows.get(rows.size() - 1) - rows.get(0)).as("rows next to each other").isEqualTo(rows.size() - 1);
                String joined = null;
                for (int r : rows) {
                    String piece = text(sheet, r, 3);
                    double height = sheet.getRow(r).getHeightInPoints();
                    assertThat(height).as("row %d is no higher than a spreadsheet row can be", r + 1).isLessThanOrEqualTo(409);
                    assertThat(TextHeight.neededHeight(TextHeight.lines(piece, 12, 58), 12))
                            .as("row %d shows all of its part of the text", r + 1).isLessThanOrEqualTo(height);
                    assertThat(areaLabelOf(sheet, r, 4)).isEqualTo(Departments.join(e.departments()));
                    joined = joined == null ? piece : cuts.join(joined, piece);
                }
                assertThat(joined).isEqualTo(e.measures());
            }
            List<Integer> pageEnds = new ArrayList<>();
            for (int b : sheet.getRowBreaks()) {
                pageEnds.add(b);
            }
            pageEnds.add(sheet.getLastRowNum());
            int top = 4;
            for (int end : pageEnds) {
                double used = 0;
                for (int r = top; r <= end; r++) {
                    used += sheet.getRow(r).getHeightInPoints();
                }
                assertThat(used).as("rows %d-%d fit a page", top + 1, end + 1).isLessThanOrEqualTo(pageRoom + 0.5);
                top = end + 1;
            }
        }
        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(longFile);
        assertThat(back.form().entries()).hasSameSizeAs(longForm.entries());
        for (int i = 0; i < longForm.entries().size(); i++) {
            assertThat(back.form().entries().get(i).measures()).isEqualTo(longForm.entries().get(i).measures());
            assertThat(back.form().entries().get(i).departments()).isEqualTo(longForm.entries().get(i).departments());
        }
        assertThat(back.notes()).isEmpty();
        assertThat(back.unchanged()).as("read back exactly as exported").isTrue();
    }

    @Test
    void textsThatLookLikeFormulasAreWrittenAsText() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            XSSFCell first = sheet.getRow(4).getCell(3);
            assertThat(first.getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getStringCellValue()).isEqualTo("=SUM(A1:A3) 不是公式\n第二行 😀");
            assertThat(first.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(5).getCell(3).getCellType()).isEqualTo(CellType.STRING);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                for (Cell cell : sheet.getRow(r)) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void documentPropertiesCarryTitleUnitAndMachineMetadata() throws IOException {
        try (XSSFWorkbook wb = open()) {
            var props = wb.getProperties();
            assertThat(props.getCoreProperties().getTitle()).isEqualTo("2019年地方知识产权战略实施工作要点表");
            assertThat(props.getCoreProperties().getCreator()).isEqualTo("某某县市场监督管理局");
            assertThat(props.getExtendedProperties().getCompany()).isEqualTo("某某县市场监督管理局");
            assertThat(MetadataProperties.read(wb)).contains(metadata(form, 3));
        }
    }

    @Test
    void anIndependentReaderSeesEveryText() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(1).getCellAsString(0)).contains("2019年地方知识产权战略实施工作要点表");
            List<String> measures = rows.stream().skip(4).map(r -> r.getCellAsString(3).orElse("")).toList();
            assertThat(measures).isEqualTo(form.entries().stream().map(Entry::measures).toList());
        }
    }

    @Test
    void theStylesheetFollowsTheFormatNotPoisHabits() throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(styles).as("the reserved second fill").contains("<patternFill patternType=\"gray125\"/>")
                    .doesNotContain("darkGray");
            assertThat(styles).as("the Normal style declared")
                    .contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>");
            assertThat(styles.indexOf("</cellXfs>")).isLessThan(styles.indexOf("<cellStyles"));
        }
    }

    @Test
    void aTextLongerThanACellHoldsIsRefusedNamingTheItemAndNothingIsWritten() throws IOException {
        List<Entry> entries = new ArrayList<>(form.entries());
        Entry victim = entries.get(7);
        entries.set(7, new Entry(victim.item(), "很长".repeat(20_000), victim.departments()));
        FilledForm tooLong = new FilledForm(form.definition(), form.unit(), entries);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> new AttachmentWriter(Typography.DEFAULT).write(tooLong, metadata(tooLong, 4), file))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(AttachmentWriter.abbreviate(victim.item().text()))
                .hasMessageContaining("40000").hasMessageContaining("32767");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path blocked = dir.resolve("blocked.xlsx");
        Files.createDirectories(blocked.resolve("inside"));
        assertThatThrownBy(() -> new AttachmentWriter(Typography.DEFAULT).write(form, metadata(form, 5), blocked))
                .isInstanceOf(IOException.class);
        assertThat(blocked.resolve("inside")).isDirectory();
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        XSSFCell cell = sheet.getRow(row).getCell(col);
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    /** The text shown for a cell: its merged region's top-left cell. */
    private static String areaLabelOf(XSSFSheet sheet, int row, int col) {
        CellRangeAddress region = regionAt(sheet, row, col);
        return region == null ? text(sheet, row, col) : text(sheet, region.getFirstRow(), col);
    }

    private static CellRangeAddress regionAt(XSSFSheet sheet, int row, int col) {
        return sheet.getMergedRegions().stream().filter(m -> m.isInRange(row, col)).findFirst().orElse(null);
    }
}
