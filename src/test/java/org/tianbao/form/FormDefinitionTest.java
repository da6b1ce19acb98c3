package org.tianbao.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.ItemNumberRuns;
import org.tianbao.model.KeyArea;
import org.tianbao.model.WorkItem;

/** The built-in form matches the attachment's text exactly: 6 key areas, 69 work items, same order. */
class FormDefinitionTest {

    private static final String SEED = "/seeds/000_3f2a1f7fc9abae19.txt";

    /** One table row of the seed: five tab-indented cells after a blank line. */
    record SeedRow(String number, String area, String content) {
    }

    static List<SeedRow> seedRows() throws IOException {
        String text;
        try (InputStream in = FormDefinitionTest.class.getResourceAsStream(SEED)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<SeedRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (String line : (text + "\n\n").split("\n", -1)) {
            if (line.startsWith("\t")) {
                cells.add(line.substring(1));
            } else if (!cells.isEmpty()) {
                assertThat(cells).as("a row has five cells").hasSize(5);
                rows.add(new SeedRow(cells.get(0), cells.get(1), cells.get(2)));
                cells.clear();
            }
        }
        return rows;
    }

    @Test
    void seedHeaderIsTheFormsHeader() throws IOException {
        FormDefinition form = BuiltInForms.localIpStrategy2019();
        SeedRow header = seedRows().get(0);
        assertThat(List.of(header.number(), header.area(), header.content()))
                .isEqualTo(form.columns().subList(0, 3));
        assertThat(form.columns()).containsExactly("序号", "工作重点", "工作内容", "具体举措及成果形式", "责任部门");
    }

    @Test
    void everyWorkItemOfTheSeedIsInTheFormInOrder() throws IOException {
        List<SeedRow> rows = seedRows().subList(1, seedRows().size());
        FormDefinition form = BuiltInForms.localIpStrategy2019();
        List<WorkItem> items = form.officialItems();
        assertThat(items).hasSize(rows.size()).hasSize(69);

        String currentNumber = null;
        String currentArea = null;
        for (int i = 0; i < rows.size(); i++) {
            SeedRow row = rows.get(i);
            if (!row.number().isEmpty()) {
                currentNumber = row.number();
                currentArea = row.area();
            }
            WorkItem item = items.get(i);
            assertThat(item.text()).as("row %d", i + 1).isEqualTo(row.content());
            assertThat(item.areaNumber()).as("area of row %d", i + 1).isEqualTo(Integer.parseInt(currentNumber));
            assertThat(form.area(item.areaNumber()).title()).isEqualTo(currentArea);
        }
    }

    @Test
    void sixKeyAreasWithKeyAreaThreeAsOneAreaOfTwentyThreeItems() {
        FormDefinition form = BuiltInForms.localIpStrategy2019();
        assertThat(form.areas()).extracting(KeyArea::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(form.areas()).extracting(a -> a.items().size()).containsExactly(10, 11, 23, 8, 5, 12);
        assertThat(form.area(3).title()).isEqualTo("促进知识产权创造运用");
        assertThat(form.title()).isEqualTo("2019年地方知识产权战略实施工作要点表");
        assertThat(form.label()).isEqualTo("附件");
    }

    @Test
    void everyAreaEndsWithItsOwnOtherRow() {
        FormDefinition form = BuiltInForms.localIpStrategy2019();
        for (KeyArea area : form.areas()) {
            WorkItem last = area.items().get(area.items().size() - 1);
            assertThat(last.kind()).isEqualTo(WorkItem.Kind.OTHER);
            assertThat(last.text()).isEqualTo("其他：未列入但地方开展的创新性工作");
            assertThat(area.items().subList(0, area.items().size() - 1))
                    .allMatch(i -> i.kind() == WorkItem.Kind.OFFICIAL);
        }
        assertThat(form.officialItems()).extracting(WorkItem::id).doesNotHaveDuplicates();
    }

    @Test
    void rowsAreFoundByAreaAndTextNotByTextAlone() {
        FormDefinition form = BuiltInForms.localIpStrategy2019();
        String other = "其他：未列入但地方开展的创新性工作";
        assertThat(form.findOfficial(2, other)).get().extracting(WorkItem::id).isEqualTo("2.11");
        assertThat(form.findOfficial(5, " 其他：未列入但地方开展的\n创新性工作 ")).get().extracting(WorkItem::id)
                .isEqualTo("5.05");
        assertThat(form.findOfficial(1, "加强海关知识产权保护")).isEmpty();
        assertThat(form.findArea("促进知识产权创造运用")).get().extracting(KeyArea::number).isEqualTo(3);
    }

    @Test
    void fieldsTheReaderDoesNotKnowAreSkippedAndTheOtherFlagIsRead() throws IOException {
        String json = """
                {"id": "f", "version": 2, "note": {"nested": [1, {"x": true}]}, "year": 2019,
                 "label": "附件", "title": "T", "columns": ["序号"],
                 "areas": [{"number": 1, "title": "A", "extra": [],
                            "items": [{"key": "1.01", "text": "甲", "hint": "?"},
                                      {"key": "1.02", "text": "其他", "other": true}]}]}
                """;
        FormDefinition form = FormDefinitionReader.read(
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(form.version()).isEqualTo(2);
        assertThat(form.year()).isEqualTo(2019);
        assertThat(form.columns()).containsExactly("序号");
        KeyArea area = form.areas().get(0);
        assertThat(area.items()).extracting(WorkItem::id, WorkItem::text, WorkItem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.01", "甲", WorkItem.Kind.OFFICIAL),
                org.assertj.core.groups.Tuple.tuple("1.02", "其他", WorkItem.Kind.OTHER));
        assertThat(area.items().get(1).areaNumber()).isEqualTo(1);
    }

    @Test
    void aMalformedDefinitionIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormDefinitionReader.read(
                new java.io.ByteArrayInputStream("[1, 2]".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void itemNumbersAreWrittenAsRunsWithinAKeyArea() {
        FormDefinition form = BuiltInForms.localIpStrategy2019();
        List<String> all = form.officialItems().stream().map(WorkItem::id).toList();
        assertThat(ItemNumberRuns.of(form, all)).isEqualTo("全部 69 项");
        assertThat(ItemNumberRuns.of(form, List.of())).isEmpty();
        // Area 1 whole and area 2's first row run together only within an area; pairs stay pairs.
        List<String> some = new ArrayList<>(all.stream().filter(id -> id.startsWith("1.")).toList());
        some.addAll(List.of("2.01", "3.03", "3.04", "3.06", "3.07", "3.08", "3.09"));
        assertThat(ItemNumberRuns.of(form, some)).isEqualTo("1.01–1.10、2.01、3.03、3.04、3.06–3.09");
    }
}
