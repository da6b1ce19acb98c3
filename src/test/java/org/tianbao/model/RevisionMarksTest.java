package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tianbao.form.BuiltInForms;

class RevisionMarksTest {

    private static final FormDefinition FORM = BuiltInForms.localIpStrategy2019();

    private static FilledForm form(Entry... changed) {
        List<Entry> official = new ArrayList<>();
        List<Entry> own = new ArrayList<>();
        for (Entry e : changed) {
            (e.item().isLocal() ? own : official).add(e);
        }
        List<Entry> all = new ArrayList<>();
        for (WorkItem item : FORM.officialItems()) {
            all.add(official.stream().filter(e -> e.item().equals(item)).findFirst().orElse(Entry.blank(item)));
        }
        return new FilledForm(FORM, UnitInfo.EMPTY, FilledForm.inPrintOrder(FORM, all, own));
    }

    @Test
    void eachPartOfARowIsMarkedOnItsOwn() {
        WorkItem item = FORM.officialItem("1.02").orElseThrow();
        WorkItem own = WorkItem.newLocal(3, "专利导航");
        FilledForm before = form(new Entry(item, "举措", List.of("县科技局")), new Entry(own, "导航", List.of()));
        FilledForm after = form(new Entry(item, "举措", List.of("县科技局", "县财政局")),
                new Entry(own.withText("专利导航服务"), "导航", List.of()));
        RevisionMarks marks = RevisionMarks.between(before, after);
        Entry changed = after.entry("1.02").orElseThrow();
        assertThat(marks.marks(changed, RevisionMarks.Part.DEPARTMENTS)).isTrue();
        assertThat(marks.marks(changed, RevisionMarks.Part.MEASURES)).isFalse();
        Entry renamed = after.entry(own.id()).orElseThrow();
        assertThat(marks.marks(renamed, RevisionMarks.Part.ITEM)).as("a renamed own row").isTrue();
        assertThat(marks.marks(renamed, RevisionMarks.Part.MEASURES)).isFalse();
        assertThat(marks.rowCount()).isEqualTo(2);
        assertThat(marks.removedOwnRows()).isEmpty();
        assertThat(RevisionMarks.between(after, after).isEmpty()).isTrue();
        assertThat(RevisionMarks.none().marks(changed, RevisionMarks.Part.DEPARTMENTS)).isFalse();
    }
}
