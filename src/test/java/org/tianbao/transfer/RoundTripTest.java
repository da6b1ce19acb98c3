package org.tianbao.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.excel.AttachmentReader;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.Typography;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;

/** Export → edit in another program → import → export keeps every measure and department. */
class RoundTripTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private FilledForm original;

    @BeforeEach
    void fill() throws IOException {
        workspace = Workspace.open(new DataFolder(dir.resolve("data")));
        original = SampleForms.filled("某某县市场监督管理局", 5);
        workspace.forms().replaceAll(original);
        original = workspace.forms().load();
    }

    @AfterEach
    void close() throws IOException {
        workspace.close();
    }

    private Path export(String name) {
        return new ExportService(workspace).export(dir.resolve(name), Typography.DEFAULT).file();
    }

    @Test
    void anUneditedExportReadsBackExactlyAndKnowsItIsUnchanged() {
        Path file = export("a.xlsx");
        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(file);
        assertSameContent(back.form(), original);
        assertThat(back.unchanged()).isTrue();
        assertThat(back.metadata()).isPresent();
        assertThat(back.sequence()).isEqualTo(1);
        assertThat(new ExportService(workspace).export(dir.resolve("b.xlsx"), Typography.DEFAULT).metadata().sequence())
                .as("the sequence grows with each export").isEqualTo(2);
        ImportPlan plan = new ImportService(workspace).plan(file);
        assertThat(plan.effectiveChanges()).isEmpty();
        assertThat(plan.unitNameChange()).isEmpty();
    }

    @Test
    void anotherUnitsReturnIsNamedAsSuchBeforeItReplacesThisUnitsWork() {
        Path file = export("other.xlsx");
        workspace.forms().saveUnit(new UnitInfo("黔东县市场监督管理局", "李四", ""));
        ImportPlan plan = new ImportService(workspace).plan(file);
        assertThat(plan.unitNameChange()).contains(
                new ImportPlan.UnitNameChange("黔东县市场监督管理局", "某某县市场监督管理局"));

        // Data without a unit yet simply takes the file's.
        workspace.forms().saveUnit(UnitInfo.EMPTY);
        assertThat(new ImportService(workspace).plan(file).unitNameChange()).isEmpty();
    }

    @Test
    void editsMadeWithAnotherLibraryComeBackAndSurviveTheNextExport() throws IOException {
        Path exported = export("a.xlsx");
        Path edited = dir.resolve("edited.xlsx");
        Entry changed = original.entriesOf(2).get(2);
        Entry cleared = original.entriesOf(3).stream().filter(e -> !e.isBlank()).findFirst().orElseThrow();
        OtherPrograms.rewrite(exported, edited, rows -> {
            List<List<String>> out = new ArrayList<>(rows);
            int changedRow = rowOf(out, changed.item().text());
            out.get(changedRow).set(3, "  新的举措：加强执法，\n形成工作简报。  ");
            out.get(changedRow).set(4, "县公安局，县司法局");
            out.get(rowOf(out, cleared.item().text())).set(3, "");
            out.get(rowOf(out, cleared.item().text())).set(4, "");
            int other = rowOf(out, "其他：未列入但地方开展的创新性工作", 2);
            out.add(other + 1, new ArrayList<>(List.of("", "", "本县新增：知识产权护航行动", "开展护航行动。", "县公安局、县商务局")));
            return out;
        });

        ImportService service = new ImportService(workspace);
        ImportPlan plan = service.plan(edited);
        assertThat(plan.source().metadata()).as("the other program dropped the properties").isEmpty();
        assertThat(plan.source().unitName()).as("unit from the visible line").isEqualTo("某某县市场监督管理局");
        assertThat(plan.count(ImportPlan.Kind.CHANGED)).isEqualTo(2);
        assertThat(plan.count(ImportPlan.Kind.NEW)).isEqualTo(1);
        assertThat(plan.count(ImportPlan.Kind.REMOVED)).isZero();
        service.apply(plan);

        FilledForm now = workspace.forms().load();
        assertThat(now.entry(changed.item().id()).orElseThrow().measures()).isEqualTo("新的举措：加强执法，\n形成工作简报。");
        assertThat(now.entry(changed.item().id()).orElseThrow().departments()).containsExactly("县公安局", "县司法局");
        assertThat(now.entry(cleared.item().id()).orElseThrow().isBlank()).isTrue();
        WorkItem added = now.localEntries().stream().map(Entry::item)
                .filter(i -> i.text().equals("本县新增：知识产权护航行动")).findFirst().orElseThrow();
        assertThat(added.areaNumber()).isEqualTo(2);
        for (Entry e : original.entries()) {
            if (!e.item().id().equals(changed.item().id()) && !e.item().id().equals(cleared.item().id())) {
                Entry kept = now.entry(e.item().id()).orElseThrow();
                assertThat(kept.measures()).isEqualTo(e.measures());
                assertThat(kept.departments()).isEqualTo(e.departments());
            }
        }

        ReturnedForm again = new AttachmentReader(SampleForms.form()).read(export("again.xlsx"));
        assertSameContent(again.form(), now);
        assertThat(workspace.departments().names()).contains("县司法局");
    }

    @Test
    void officialRowsRetypedWithSmallDifferencesAreReadAsThoseRows() throws IOException {
        Path exported = export("a.xlsx");
        Path edited = dir.resolve("retyped.xlsx");
        String quoted = "推进“互联网+政务服务”，建设“一站式”服务大厅";
        String crime = "加大知识产权犯罪打击力度";
        String customs = "加强海关知识产权保护";
        OtherPrograms.rewrite(exported, edited, rows -> {
            List<List<String>> out = new ArrayList<>(rows);
            out.get(rowOf(out, quoted)).set(2, "推进\"互联网+政务服务\",建设\"一站式\"服务大厅");
            // The first key area numbered as in a typed document.
            List<String> firstRow = out.get(rowOf(out, "开展知识产权管理体制机制改革"));
            firstRow.set(1, "一、" + firstRow.get(1));
            List<String> crimeRow = out.get(rowOf(out, crime));
            crimeRow.set(2, "加大知识产权犯罪打击");
            crimeRow.set(3, "开展专项行动。");
            crimeRow.set(4, "县公安局");
            // An own row near an official row that the file gives exactly further down stays an own row.
            out.add(rowOf(out, customs), new ArrayList<>(List.of("", "", "加强海关知识产权保护工作", "配合海关。", "县商务局")));
            return out;
        });
        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(edited);
        FilledForm read = back.form();
        Entry quotedEntry = read.entries().stream().filter(e -> e.item().text().equals(quoted)).findFirst().orElseThrow();
        assertThat(quotedEntry.item().isLocal()).isFalse();
        assertThat(quotedEntry.measures()).isEqualTo(original.entry(quotedEntry.item().id()).orElseThrow().measures());
        Entry crimeEntry = read.entries().stream().filter(e -> e.item().text().equals(crime)).findFirst().orElseThrow();
        assertThat(crimeEntry.item().isLocal()).isFalse();
        assertThat(crimeEntry.measures()).isEqualTo("开展专项行动。");
        assertThat(crimeEntry.departments()).containsExactly("县公安局");
        assertThat(read.localEntries()).extracting(e -> e.item().text()).containsExactly("加强海关知识产权保护工作");
        assertThat(read.entries().stream().filter(e -> e.item().text().equals(customs)).findFirst().orElseThrow()
                .measures()).isEqualTo(original.entries().stream().filter(e -> e.item().text().equals(customs))
                .findFirst().orElseThrow().measures());
        assertThat(read.entriesOf(1)).extracting(e -> e.measures())
                .isEqualTo(original.entriesOf(1).stream().map(Entry::measures).toList());
        assertThat(back.notes()).as("only the changed words are worth a note").hasSize(1);
        assertThat(back.notes().get(0)).contains("加大知识产权犯罪打击", "略有不同");
    }

    @Test
    void reSavedByLibreOfficeAsXlsxAndAsXlsItImportsWithoutLoss() throws Exception {
        assumeTrue(OtherPrograms.hasLibreOffice(), "LibreOffice is not installed");
        Path exported = export("lo.xlsx");
        for (String format : List.of("xlsx", "xls")) {
            Path converted = OtherPrograms.libreOfficeConvert(exported, format, dir.resolve("lo-" + format));
            ReturnedForm back = new AttachmentReader(SampleForms.form()).read(converted);
            assertSameContent(back.form(), original);
            assertThat(back.unitName()).isEqualTo("某某县市场监督管理局");
        }
        // WPS's own .et is Excel 97-2003's format under another name: read the same.
        Path et = java.nio.file.Files.copy(dir.resolve("lo-xls").resolve("lo.xls"), dir.resolve("某某县.et"));
        assertSameContent(new AttachmentReader(SampleForms.form()).read(et).form(), original);
    }

    @Test
    void measuresLongerThanAPageComeBackWholeAlsoAfterLibreOfficeResavesTheFile() throws Exception {
        workspace.forms().replaceAll(SampleForms.withLongMeasures(original));
        FilledForm long_ = workspace.forms().load();
        Path file = export("long.xlsx");
        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(file);
        assertSameContent(back.form(), long_);
        assertThat(back.unchanged()).isTrue();
        assertThat(new ImportService(workspace).plan(file).effectiveChanges()).isEmpty();
        if (OtherPrograms.hasLibreOffice()) {
            for (String format : List.of("xlsx", "xls")) {
                Path converted = OtherPrograms.libreOfficeConvert(file, format, dir.resolve("lo-" + format));
                assertSameContent(new AttachmentReader(SampleForms.form()).read(converted).form(), long_);
            }
        }
    }

    @Test
    void withoutTheRecordOfWhereLongMeasuresWereCutTheirRowsJoinAtLineBreaks() throws Exception {
        workspace.forms().replaceAll(SampleForms.withLongMeasures(original));
        FilledForm long_ = workspace.forms().load();
        Path exported = export("long.xlsx");
        Path stripped = BadFiles.rewritePart(exported, dir.resolve("stripped.xlsx"), "docProps/custom.xml",
                xml -> xml.replaceAll("<property[^>]*name=\"Tianbao.Continuations\".*?</property>", ""));
        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(stripped);
        assertThat(back.metadata()).as("the rest of the metadata is there").isPresent();
        assertThat(back.unchanged()).isFalse();
        assertThat(back.form().entries()).hasSameSizeAs(long_.entries());
        for (int i = 0; i < long_.entries().size(); i++) {
            Entry e = long_.entries().get(i);
            Entry a = back.form().entries().get(i);
            assertThat(a.item().text()).isEqualTo(e.item().text());
            assertThat(a.measures().replace("\n", "")).isEqualTo(e.measures().replace("\n", ""));
            if (!e.item().id().equals(SampleForms.LONG_SENTENCE)) {
                assertThat(a.measures()).as("cut only at its own line breaks").isEqualTo(e.measures());
            }
        }
        String sentence = back.form().entry(SampleForms.LONG_SENTENCE).orElseThrow().measures();
        assertThat(sentence).as("a paragraph cut inside comes back in paragraphs").contains("\n");
    }

    @Test
    void aFileWhoseCorePropertiesBreakPackagingRulesAsWpsWritesThemStillImports() throws Exception {
        Path exported = export("wps.xlsx");
        Path wps = BadFiles.rewritePart(exported, dir.resolve("wps-saved.xlsx"), "docProps/core.xml",
                xml -> xml.replace("<dc:title>", "<dcterms:issued>2019-03-01</dcterms:issued><dc:title>"));
        ReturnedForm back = new AttachmentReader(SampleForms.form()).read(wps);
        assertSameContent(back.form(), original);
        assertThat(back.metadata()).as("custom properties live in another part and survive").isPresent();
    }

    @Test
    void tabsAndControlCharactersOtherProgramsLeftInACellBecomeSpacesAndLineBreaks() throws Exception {
        Path exported = export("plain.xlsx");
        Entry edited = original.entries().stream().filter(e -> !e.isBlank() && !e.measures().contains("\n"))
                .filter(e -> original.entries().stream().filter(o -> o.measures().equals(e.measures())).count() == 1)
                .findFirst().orElseThrow();
        // As Excel stores them: a tab as such, a vertical tab (Word's manual line break) and a bell escaped.
        Path file = BadFiles.rewritePart(exported, dir.resolve("controls.xlsx"), "xl/sharedStrings.xml", xml -> {
            assertThat(xml).contains(">" + edited.measures() + "<");
            return xml.replace(">" + edited.measures() + "<", ">（一）\t" + edited.measures() + "_x000B_成果：文件1件_x0007_<");
        });
        ImportService service = new ImportService(workspace);
        ImportPlan plan = service.plan(file);
        assertThat(plan.count(ImportPlan.Kind.CHANGED)).isEqualTo(1);
        service.apply(plan);
        assertThat(workspace.forms().load().entry(edited.item().id()).orElseThrow().measures())
                .isEqualTo("（一） " + edited.measures() + "\n成果：文件1件");
    }

    static int rowOf(List<List<String>> rows, String itemText) {
        return rowOf(rows, itemText, 1);
    }

    /** The n-th row whose 工作内容 is the text. */
    static int rowOf(List<List<String>> rows, String itemText, int nth) {
        int seen = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() > 2 && rows.get(r).get(2).equals(itemText) && ++seen == nth) {
                return r;
            }
        }
        throw new AssertionError("no row " + itemText);
    }

    /** Same unit, same rows in the same order with the same texts, measures and departments. */
    static void assertSameContent(FilledForm actual, FilledForm expected) {
        assertThat(actual.unit().unitName()).isEqualTo(expected.unit().unitName());
        assertThat(actual.entries()).hasSameSizeAs(expected.entries());
        for (int i = 0; i < expected.entries().size(); i++) {
            Entry a = actual.entries().get(i);
            Entry e = expected.entries().get(i);
            assertThat(a.item().areaNumber()).isEqualTo(e.item().areaNumber());
            assertThat(a.item().text()).isEqualTo(e.item().text());
            assertThat(a.measures()).as("measures of %s", e.item().text()).isEqualTo(e.measures());
            assertThat(a.departments()).isEqualTo(e.departments());
        }
    }
}
