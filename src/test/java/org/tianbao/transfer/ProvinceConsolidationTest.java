package org.tianbao.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.consolidate.Consolidation;
import org.tianbao.consolidate.Consolidator;
import org.tianbao.consolidate.ReturnFiles;
import org.tianbao.excel.AttachmentReader;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.SampleReturns;
import org.tianbao.excel.Typography;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UserException;

/** A province consolidates the cities' consolidations: each 汇总 workbook counts as the units it holds. */
class ProvinceConsolidationTest {

    @TempDir
    Path dir;

    private static final OffsetDateTime EXPORTED = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");

    /** A city's 汇总 of its counties' returns. */
    private Path city(String name, List<FilledForm> counties) {
        try {
            Path returns = Files.createDirectories(dir.resolve(name + "-returns"));
            for (FilledForm county : counties) {
                SampleReturns.write(county, returns.resolve(county.unit().unitName() + ".xlsx"), EXPORTED, 1);
            }
            Path out = dir.resolve(name + "汇总.xlsx");
            new Consolidator(SampleForms.form(), 2).consolidate(ReturnFiles.collect(List.of(returns)), out,
                    Typography.DEFAULT, (done, total) -> { });
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyCountyOfEveryCityIsConsolidatedAsItWasReturned() throws IOException {
        List<FilledForm> east = List.of(SampleForms.filled("甲县市场监督管理局", 21), SampleForms.filled("乙县市场监督管理局", 22));
        List<FilledForm> west = List.of(SampleForms.filled("丙县市场监督管理局", 23), SampleForms.filled("丁县市场监督管理局", 24));
        Path province = Files.createDirectories(dir.resolve("province"));
        Files.move(city("东市", east), province.resolve("东市汇总.xlsx"));
        Files.move(city("西市", west), province.resolve("西市汇总.xlsx"));

        Consolidation result = new Consolidator(SampleForms.form(), 2).consolidate(
                ReturnFiles.collect(List.of(province)), dir.resolve("全省汇总.xlsx"), Typography.DEFAULT, (d, t) -> { });
        Map<String, ReturnedForm> units = result.returns().units().stream()
                .collect(Collectors.toMap(ReturnedForm::unitName, Function.identity()));
        assertThat(units).containsOnlyKeys("甲县市场监督管理局", "乙县市场监督管理局", "丙县市场监督管理局", "丁县市场监督管理局");
        for (FilledForm county : List.of(east.get(0), east.get(1), west.get(0), west.get(1))) {
            ReturnedForm back = units.get(county.unit().unitName());
            RoundTripTest.assertSameContent(back.form(), county);
            assertThat(back.form().unit()).isEqualTo(county.unit());
        }
        assertThat(units.get("丙县市场监督管理局").file().getFileName().toString()).isEqualTo("西市汇总.xlsx");
        // Each county keeps its own return record: export time and number, not the 汇总's file time.
        assertThat(units.values()).allSatisfy(u -> {
            assertThat(u.metadata()).isPresent();
            assertThat(u.exportedAt()).isEqualTo(EXPORTED.toInstant());
        });
        assertThat(result.returns().unreadable()).isEmpty();
    }

    @Test
    void measuresTooLongForAPageAreJoinedBackExactly() throws IOException {
        FilledForm county = SampleForms.filled("甲县市场监督管理局", 21);
        // One paragraph of ~1,600 characters (cut inside it) and one of short lines (cut on a line break).
        String paragraph = "围绕知识产权强县建设目标，统筹推进专利、商标、地理标志工作，".repeat(50);
        String lines = String.join("\n", java.util.Collections.nCopies(60, "开展知识产权宣传进企业活动一次"));
        List<Entry> entries = new java.util.ArrayList<>(county.entries());
        entries.set(0, new Entry(entries.get(0).item(), paragraph, List.of("县科技局")));
        entries.set(1, new Entry(entries.get(1).item(), lines, List.of("县科技局")));
        FilledForm longOne = new FilledForm(county.definition(), county.unit(), entries);
        Path province = Files.createDirectories(dir.resolve("province"));
        Files.move(city("东市", List.of(longOne, SampleForms.filled("乙县市场监督管理局", 22))),
                province.resolve("东市汇总.xlsx"));

        List<ReturnedForm> units = new AttachmentReader(SampleForms.form()).readUnits(province.resolve("东市汇总.xlsx"));
        ReturnedForm back = units.stream().filter(u -> u.unitName().equals("甲县市场监督管理局")).findFirst().orElseThrow();
        assertThat(back.form().entries().get(0).measures()).isEqualTo(paragraph);
        assertThat(back.form().entries().get(1).measures()).isEqualTo(lines);
        RoundTripTest.assertSameContent(back.form(), longOne);
    }

    @Test
    void aCountysOwnFileBesideItsCopyInTheCitysConsolidationCountsOnceAsTheSameExport() throws IOException {
        FilledForm jia = SampleForms.filled("甲县市场监督管理局", 21);
        Path province = Files.createDirectories(dir.resolve("province"));
        Files.move(city("东市", List.of(jia, SampleForms.filled("乙县市场监督管理局", 22))), province.resolve("东市汇总.xlsx"));
        // The county also sent its file straight to the province: the same export.
        Files.copy(dir.resolve("东市-returns").resolve("甲县市场监督管理局.xlsx"), province.resolve("甲县.xlsx"));

        Path out = dir.resolve("全省汇总.xlsx");
        Consolidation result = new Consolidator(SampleForms.form(), 2).consolidate(
                ReturnFiles.collect(List.of(province)), out, Typography.DEFAULT, (d, t) -> { });
        assertThat(result.returns().units()).hasSize(2);
        assertThat(result.returns().superseded()).singleElement().satisfies(s -> {
            assertThat(s.sameReturn()).isTrue();
            assertThat(s.outcome()).contains("是同一次导出，只计一次");
        });
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            StringBuilder status = new StringBuilder();
            wb.getSheet("填报情况").forEach(row -> row.forEach(c -> status.append(c.toString()).append('|')));
            assertThat(status).contains("中的是同一次导出，只计一次").contains("被替代 0 个文件；重复 1 个文件").doesNotContain("较新");
        }
    }

    @Test
    void aConsolidationIsNotImportedAsOneUnitsForm() {
        Path file = city("东市", List.of(SampleForms.filled("甲县市场监督管理局", 21),
                SampleForms.filled("乙县市场监督管理局", 22)));
        assertThatThrownBy(() -> new AttachmentReader(SampleForms.form()).read(file))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("东市汇总.xlsx").hasMessageContaining("它是汇总表（含 2 个单位的表格）");
    }
}
