package org.tianbao.consolidate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.model.Entry;
import org.tianbao.model.EntryStatus;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.ItemNumberRuns;
import org.tianbao.model.RepeatedMeasures;
import org.tianbao.model.WorkItem;

/** The outcome of a consolidation, with the completeness figures the window charts. */
public record Consolidation(FormDefinition form, ConsolidatedReturns returns) {

    /**
     * One unit's completeness: official rows answered (filled, or declared 不涉及) of the total, the numbers
     * of those left empty, of those declared 不涉及 and of those whose measures repeat another row's (as runs
     * such as "1.01–1.10", see {@link ItemNumberRuns}); with what the reader had to interpret in its file (a retyped row, a repeated
     * row, no unit named), for the consolidator to check.
     */
    public record UnitProgress(String unitName, Path file, int filled, int total, List<String> emptyItems,
                               String emptyRuns, String notApplicableRuns, String repeatedRuns, List<String> notes) {
        public String fileName() {
            return file.getFileName().toString();
        }

        public double share() {
            return total == 0 ? 0 : (double) filled / total;
        }
    }

    /**
     * How many units wrote measures for one work item, and how many declared it 不涉及, of all units; with
     * the names of those that declared it 不涉及 and of those that left it empty (in unit order).
     */
    public record ItemProgress(WorkItem item, int units, int notApplicable, int of, List<String> notApplicableUnits,
                               List<String> emptyUnits) {
        public ItemProgress {
            notApplicableUnits = List.copyOf(notApplicableUnits);
            emptyUnits = List.copyOf(emptyUnits);
        }
    }

    public List<UnitProgress> unitProgress() {
        List<UnitProgress> progress = new ArrayList<>();
        int total = form.officialItemCount();
        for (ReturnedForm r : returns.units()) {
            List<String> empty = r.form().emptyOfficialItems();
            progress.add(new UnitProgress(r.unitName(), r.file(), total - empty.size(), total,
                    empty, ItemNumberRuns.of(form, empty), ItemNumberRuns.of(form, r.form().notApplicableItems()),
                    RepeatedMeasures.numbers(form, RepeatedMeasures.in(r.form().entries())), r.notes()));
        }
        return progress;
    }

    /** Every official work item with the numbers of units that wrote measures or 不涉及, in the form's order. */
    public List<ItemProgress> itemProgress() {
        List<ItemProgress> progress = new ArrayList<>();
        int of = returns.units().size();
        for (WorkItem item : form.officialItems()) {
            int filled = 0;
            List<String> notApplicable = new ArrayList<>();
            List<String> empty = new ArrayList<>();
            for (ReturnedForm r : returns.units()) {
                EntryStatus status = r.form().entry(item.id()).map(Entry::status).orElse(EntryStatus.EMPTY);
                filled += status == EntryStatus.COMPLETE || status == EntryStatus.PARTIAL ? 1 : 0;
                if (status == EntryStatus.NOT_APPLICABLE) {
                    notApplicable.add(r.unitName());
                } else if (status == EntryStatus.EMPTY) {
                    empty.add(r.unitName());
                }
            }
            progress.add(new ItemProgress(item, filled, notApplicable.size(), of, notApplicable, empty));
        }
        return progress;
    }
}
