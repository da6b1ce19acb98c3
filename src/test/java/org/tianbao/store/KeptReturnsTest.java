package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;

class KeptReturnsTest {

    @TempDir
    Path dir;

    private final FormDefinition form = BuiltInForms.current();

    @Test
    void keptReturnsSurviveAReopenWithTheirOwnRowsAndLeaveTheUnitsFormAlone() throws IOException {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 24, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        DataFolder folder = new DataFolder(dir);
        try (Workspace ws = Workspace.open(folder)) {
            ws.forms().saveEntry("1.01", "市里自己的举措。", List.of("市科技局"));
            ws.keptReturns().replace(List.of(
                    new KeptReturns.KeptReturn("甲县.xlsx", unit("甲县", "1.01", "甲县开展体制改革。", "县市场监督管理局", "县科技局")),
                    new KeptReturns.KeptReturn("无名.xlsx", withOwnRow(unit("", "1.02", "布局试点。", "县发展和改革局")))),
                    at);
        }
        try (Workspace ws = Workspace.open(folder)) {
            KeptReturns.Kept kept = ws.keptReturns().load();
            assertThat(kept.keptAt().toInstant()).isEqualTo(at.toInstant());
            assertThat(kept.returns()).extracting(KeptReturns.KeptReturn::unitName).containsExactly("甲县", "无名.xlsx");
            FilledForm first = kept.returns().get(0).form();
            assertThat(first.entries()).hasSize(69);
            assertThat(first.entry("1.01").orElseThrow().measures()).isEqualTo("甲县开展体制改革。");
            assertThat(first.entry("1.01").orElseThrow().departments()).containsExactly("县市场监督管理局", "县科技局");
            assertThat(first.entry("1.02").orElseThrow().isBlank()).isTrue();
            FilledForm second = kept.returns().get(1).form();
            assertThat(second.localEntries()).singleElement().satisfies(e -> {
                assertThat(e.item().text()).isEqualTo("建设县级知识产权维权工作站");
                assertThat(e.item().areaNumber()).isEqualTo(2);
                assertThat(e.measures()).isEqualTo("在开发区设立工作站1个。");
            });
            assertThat(ws.forms().load().entry("1.01").orElseThrow().measures()).isEqualTo("市里自己的举措。");
        }
    }

    @Test
    void aNewSetReplacesTheOldOneWholeAndClearForgetsIt() throws IOException {
        OffsetDateTime at = OffsetDateTime.now();
        try (Workspace ws = Workspace.open(new DataFolder(dir))) {
            assertThat(ws.keptReturns().load().isEmpty()).isTrue();
            ws.keptReturns().replace(List.of(new KeptReturns.KeptReturn("甲县.xlsx", unit("甲县", "1.01", "一。", "县科技局")),
                    new KeptReturns.KeptReturn("乙县.xlsx", unit("乙县", "1.01", "二。", "县科技局"))), at);
            // A 填报单位 line as long as a unit cared to write it.
            String longName = "丙县".repeat(150);
            ws.keptReturns().replace(List.of(new KeptReturns.KeptReturn("丙县.xlsx", unit(longName, "1.03", "三。", "县财政局"))), at);
            assertThat(ws.keptReturns().load().returns()).extracting(KeptReturns.KeptReturn::unitName).containsExactly(longName);
            assertThat(ws.keptReturns().load().returns().get(0).form().entry("1.01").orElseThrow().isBlank()).isTrue();
            ws.keptReturns().clear();
            assertThat(ws.keptReturns().load()).isEqualTo(KeptReturns.Kept.NONE);
        }
    }

    private FilledForm unit(String name, String itemId, String measures, String... departments) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : FilledForm.blank(form, UnitInfo.EMPTY).entries()) {
            entries.add(e.item().id().equals(itemId) ? new Entry(e.item(), measures, List.of(departments)) : e);
        }
        return new FilledForm(form, new UnitInfo(name, "", ""), entries);
    }

    private FilledForm withOwnRow(FilledForm filled) {
        WorkItem own = new WorkItem("L-1", 2, "建设县级知识产权维权工作站", WorkItem.Kind.LOCAL);
        List<Entry> local = List.of(new Entry(own, "在开发区设立工作站1个。", List.of("县市场监督管理局")));
        List<Entry> official = filled.entries().stream().filter(e -> !e.item().isLocal()).toList();
        return new FilledForm(form, filled.unit(), FilledForm.inPrintOrder(form, official, local));
    }
}
