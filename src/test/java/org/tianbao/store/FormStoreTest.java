package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.Entry;
import org.tianbao.model.EntryStatus;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;

/** Every edit is found again after the database is closed and reopened. */
class FormStoreTest {

    @TempDir
    Path dir;

    private Workspace open() throws IOException {
        return Workspace.open(new DataFolder(dir));
    }

    @Test
    void aNewDataFolderHoldsTheBlankFormAndTheDefaultDictionary() throws IOException {
        try (Workspace ws = open()) {
            FilledForm form = ws.forms().load();
            assertThat(form.entries()).hasSize(69).allMatch(Entry::isBlank);
            assertThat(form.unit()).isEqualTo(UnitInfo.EMPTY);
            assertThat(ws.departments().names()).startsWith("县委办公室").contains("县科技局", "县公安局",
                    "县人民法院", "县人民检察院", "县市场监督管理局", "县文化和旅游局");
        }
    }

    @Test
    void entriesUnitAndOwnRowsSurviveReopening() throws IOException {
        WorkItem own;
        try (Workspace ws = open()) {
            ws.forms().saveUnit(new UnitInfo("  测试县市场监督管理局 ", "张三", "0851-1234567"));
            ws.forms().saveEntry("3.05", "建设运营服务体系\n第二行", List.of("县科技局", "县财政局", "县科技局"));
            ws.forms().saveEntry("1.01", "只有举措", List.of());
            own = ws.forms().addLocalItem(3, "本县特色：知识产权进乡村");
            ws.forms().saveEntry(own.id(), "举办活动 3 场", List.of("县农业农村局"));
        }
        try (Workspace ws = open()) {
            FilledForm form = ws.forms().load();
            assertThat(form.unit()).isEqualTo(new UnitInfo("测试县市场监督管理局", "张三", "0851-1234567"));
            Entry e = form.entry("3.05").orElseThrow();
            assertThat(e.measures()).isEqualTo("建设运营服务体系\n第二行");
            assertThat(e.departments()).containsExactly("县科技局", "县财政局");
            assertThat(e.status()).isEqualTo(EntryStatus.COMPLETE);
            assertThat(form.entry("1.01").orElseThrow().status()).isEqualTo(EntryStatus.PARTIAL);
            assertThat(form.entries()).hasSize(70);
            // The own row sits right after area 3's 其他 row.
            int other = indexOf(form, "3.23");
            assertThat(form.entries().get(other + 1).item().id()).isEqualTo(own.id());
            assertThat(form.entries().get(other + 2).item().areaNumber()).isEqualTo(4);
            assertThat(form.entry(own.id()).orElseThrow().departments()).containsExactly("县农业农村局");
        }
    }

    @Test
    void ownRowsAreRenamedReorderedAndDeleted() throws IOException {
        try (Workspace ws = open()) {
            WorkItem a = ws.forms().addLocalItem(6, "甲");
            WorkItem b = ws.forms().addLocalItem(6, "乙");
            WorkItem c = ws.forms().addLocalItem(6, "丙");
            ws.forms().saveEntry(b.id(), "乙的举措", List.of("县司法局"));
            ws.forms().moveLocalItem(c.id(), -2);
            ws.forms().renameLocalItem(a.id(), "甲（改）");
            ws.forms().deleteLocalItem(b.id());
        }
        try (Workspace ws = open()) {
            List<String> own = ws.forms().load().entriesOf(6).stream().filter(e -> e.item().isLocal())
                    .map(e -> e.item().text()).toList();
            assertThat(own).containsExactly("丙", "甲（改）");
            int leftover = ws.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT COUNT(*) FROM entry_department WHERE name = '县司法局'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(leftover).isZero();
        }
    }

    @Test
    void officialRowsCannotBeRenamedMovedOrDeleted() throws IOException {
        try (Workspace ws = open()) {
            assertThatThrownBy(() -> ws.forms().renameLocalItem("1.01", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.forms().deleteLocalItem("6.12")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.forms().moveLocalItem("2.01", 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.forms().addLocalItem(2, "   ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.forms().saveEntry("9.99", "x", List.of())).isInstanceOf(RuntimeException.class);
            assertThat(ws.forms().load().entries()).hasSize(69);
        }
    }

    @Test
    void replaceAllSwapsTheWholeFormInOneTransaction() throws IOException {
        try (Workspace ws = open()) {
            ws.forms().saveEntry("1.01", "旧", List.of("县科技局"));
            ws.forms().addLocalItem(1, "旧的本单位工作");
            FilledForm current = ws.forms().load();
            WorkItem own = WorkItem.newLocal(2, "新的本单位工作");
            List<Entry> entries = new java.util.ArrayList<>(current.entries().stream()
                    .filter(e -> !e.item().isLocal())
                    .map(e -> e.item().id().equals("2.01") ? new Entry(e.item(), "新", List.of("县公安局")) : Entry.blank(e.item()))
                    .toList());
            entries.add(new Entry(own, "自有", List.of("县商务局")));
            FilledForm replacement = new FilledForm(current.definition(), new UnitInfo("新单位", "", ""),
                    FilledForm.inPrintOrder(current.definition(),
                            entries.stream().filter(e -> !e.item().isLocal()).toList(), List.of(entries.get(entries.size() - 1))));
            ws.forms().replaceAll(replacement);

            // A replacement naming an unknown official row changes nothing.
            WorkItem bogus = new WorkItem("7.01", 1, "不存在", WorkItem.Kind.OFFICIAL);
            FilledForm bad = new FilledForm(current.definition(), UnitInfo.EMPTY,
                    List.of(new Entry(bogus, "x", List.of())));
            assertThatThrownBy(() -> ws.forms().replaceAll(bad)).isInstanceOf(RuntimeException.class);
        }
        try (Workspace ws = open()) {
            FilledForm form = ws.forms().load();
            assertThat(form.unit().unitName()).isEqualTo("新单位");
            assertThat(form.entry("1.01").orElseThrow().isBlank()).isTrue();
            assertThat(form.entry("2.01").orElseThrow().measures()).isEqualTo("新");
            assertThat(form.localEntries()).singleElement().satisfies(e -> {
                assertThat(e.item().text()).isEqualTo("新的本单位工作");
                assertThat(e.item().areaNumber()).isEqualTo(2);
                assertThat(e.departments()).containsExactly("县商务局");
            });
        }
    }

    @Test
    void rowsChangedTogetherAreSavedWithTheDictionaryAllOrNothing() throws IOException {
        WorkItem own;
        try (Workspace ws = open()) {
            ws.forms().saveEntry("1.02", "县工商局牵头", List.of("县工商局"));
            own = ws.forms().addLocalItem(2, "县工商局专项行动");
            ws.departments().replace(List.of("县工商局", "县科技局"));
            FilledForm form = ws.forms().load();
            Entry official = new Entry(form.entry("1.02").orElseThrow().item(), "县市场监督管理局牵头",
                    List.of("县市场监督管理局"));
            Entry renamed = new Entry(own.withText("县市场监督管理局专项行动"), "", List.of());
            // A row that is not there: nothing at all is saved.
            Entry missing = new Entry(new WorkItem("L-missing", 2, "无此行", WorkItem.Kind.LOCAL), "", List.of());
            assertThatThrownBy(() -> ws.forms().saveTogether(List.of(official, renamed, missing),
                    List.of("县市场监督管理局", "县科技局"))).isInstanceOf(RuntimeException.class);
            assertThat(ws.forms().load().entry("1.02").orElseThrow().measures()).isEqualTo("县工商局牵头");
            assertThat(ws.departments().names()).containsExactly("县工商局", "县科技局");

            ws.forms().saveTogether(List.of(official, renamed), List.of("县市场监督管理局", "县科技局"));
        }
        try (Workspace ws = open()) {
            FilledForm form = ws.forms().load();
            assertThat(form.entry("1.02").orElseThrow().measures()).isEqualTo("县市场监督管理局牵头");
            assertThat(form.entry("1.02").orElseThrow().departments()).containsExactly("县市场监督管理局");
            assertThat(form.entry(own.id()).orElseThrow().item().text()).isEqualTo("县市场监督管理局专项行动");
            assertThat(ws.departments().names()).containsExactly("县市场监督管理局", "县科技局");
        }
    }

    @Test
    void dictionaryKeepsOrderAndLearnsNewNames() throws IOException {
        try (Workspace ws = open()) {
            assertThat(ws.departments().addAll(List.of("县科技局", "县大数据发展管理局"))).isTrue();
            assertThat(ws.departments().addAll(List.of("县科技局"))).isFalse();
        }
        try (Workspace ws = open()) {
            List<String> names = ws.departments().names();
            assertThat(names.get(names.size() - 1)).isEqualTo("县大数据发展管理局");
            ws.departments().replace(List.of("乙局", "甲局", "乙局", " "));
        }
        try (Workspace ws = open()) {
            assertThat(ws.departments().names()).containsExactly("乙局", "甲局");
        }
    }

    @Test
    void settingsAndCountersPersist() throws IOException {
        try (Workspace ws = open()) {
            ws.settings().put("ui.fontSize", "18");
            assertThat(ws.settings().increment("export.seq")).isEqualTo(1);
            assertThat(ws.settings().increment("export.seq")).isEqualTo(2);
        }
        try (Workspace ws = open()) {
            assertThat(ws.settings().getInt("ui.fontSize", 14)).isEqualTo(18);
            assertThat(ws.settings().getInt("missing", 14)).isEqualTo(14);
            assertThat(ws.settings().increment("export.seq")).isEqualTo(3);
        }
    }

    private static int indexOf(FilledForm form, String id) {
        for (int i = 0; i < form.entries().size(); i++) {
            if (form.entries().get(i).item().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
