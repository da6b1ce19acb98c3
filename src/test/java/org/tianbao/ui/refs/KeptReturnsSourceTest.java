package org.tianbao.ui.refs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;
import org.tianbao.refs.UnitAnswers;
import org.tianbao.store.KeptReturns;

/** What the 下级单位 side lists when many units' returns are kept (a province's hundred counties). */
class KeptReturnsSourceTest {

    private final FormDefinition form = BuiltInForms.current();
    private final WorkItem first = form.officialItems().get(0);

    @Test
    void aRowListsTheFirstUnitsAndSaysTheRestAreASearchAway() {
        List<KeptReturns.KeptReturn> returns = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            returns.add(new KeptReturns.KeptReturn(i + ".xlsx", unitWriting(i + "号县", "第" + i + "县的举措。")));
        }
        KeptReturnsSource source = new KeptReturnsSource(new KeptReturns.Kept(OffsetDateTime.now(), returns));

        KeptReturnsSource.Listing listing = source.forItem(first);

        assertThat(listing.cards()).hasSize(KeptReturnsSource.ITEM_COUNT);
        assertThat(listing.answers()).hasSize(KeptReturnsSource.ITEM_COUNT);
        assertThat(listing.answers().get(0).unitName()).isEqualTo("1号县");
        assertThat(listing.status()).isEqualTo("80 个单位中 80 个填写了这一项（下面列出前 50 条，其余可在上面搜索）。");
        assertThat(source.search("第77县").answers()).extracting(UnitAnswers.Answer::unitName).containsExactly("77号县");
    }

    private FilledForm unitWriting(String name, String measures) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : FilledForm.blank(form, UnitInfo.EMPTY).entries()) {
            entries.add(e.item().equals(first) ? new Entry(first, measures, List.of("县科技局")) : e);
        }
        return new FilledForm(form, new UnitInfo(name, "", ""), entries);
    }
}
