package org.tianbao.consolidate;

import java.util.ArrayList;
import java.util.List;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.ItemNumberRuns;
import org.tianbao.model.WorkItem;

/** The outcome of a consolidation, with the completeness figures the window charts. */
public record Consolidation(FormDefinition form, ConsolidatedReturns returns) {

    /**
     * One unit's completeness: official rows filled of the total, and the numbers of those left empty
     * (as runs such as "1.01–1.10", see {@link ItemNumberRuns}); with what the reader had to interpret in
     * its file (a retyped row, a repeated row, no unit named), for the consolidator to check.
     */
    public record UnitProgress(String unitName, String fileName, int filled, int total, List<String> emptyItems,
                               String emptyRuns, List<String> notes) {
        public double share() {
            return total == 0 ? 0 : (double) filled / total;
        }
    }

    /** How many units filled one work item. */
    public record ItemProgress(WorkItem item, int units, int of) {
    }

    public List<UnitProgress> unitProgress() {
        List<UnitProgress> progress = new ArrayList<>();
        int total = form.officialItemCount();
        for (ReturnedForm r : returns.units()) {
            List<String> empty = r.form().entries().stream()
                    .filter(e -> !e.item().isLocal() && e.isBlank()).map(e -> e.item().id()).toList();
            progress.add(new UnitProgress(r.unitName(), r.file().getFileName().toString(), total - empty.size(), total,
                    empty, ItemNumberRuns.of(form, empty), r.notes()));
        }
        return progress;
    }

    /** Every official work item with the number of units that filled it, in the form's order. */
    public List<ItemProgress> itemProgress() {
        List<ItemProgress> progress = new ArrayList<>();
        int of = returns.units().size();
        for (WorkItem item : form.officialItems()) {
            int filled = (int) returns.units().stream()
                    .filter(r -> r.form().entry(item.id()).map(e -> !e.isBlank()).orElse(false)).count();
            progress.add(new ItemProgress(item, filled, of));
        }
        return progress;
    }
}
