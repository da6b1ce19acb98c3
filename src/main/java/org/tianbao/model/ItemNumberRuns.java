package org.tianbao.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Writes a set of official work-item numbers short, as a consolidator reads them: runs of neighbouring
 * rows of one key area as "1.01–1.10", single rows as they are, every row as "全部 69 项". A unit that
 * left most of the form empty then takes one line instead of seventy numbers.
 */
public final class ItemNumberRuns {

    private ItemNumberRuns() {
    }

    public static String of(FormDefinition form, Collection<String> itemIds) {
        Set<String> wanted = Set.copyOf(itemIds);
        List<WorkItem> official = form.officialItems();
        if (!official.isEmpty() && official.stream().allMatch(i -> wanted.contains(i.id()))) {
            return "全部 " + official.size() + " 项";
        }
        List<String> parts = new ArrayList<>();
        List<WorkItem> run = new ArrayList<>();
        for (WorkItem item : official) {
            boolean continues = wanted.contains(item.id())
                    && (run.isEmpty() || run.get(0).areaNumber() == item.areaNumber());
            if (!continues) {
                close(run, parts);
            }
            if (wanted.contains(item.id())) {
                run.add(item);
            }
        }
        close(run, parts);
        return String.join("、", parts);
    }

    private static void close(List<WorkItem> run, List<String> parts) {
        if (run.size() >= 3) {
            parts.add(run.get(0).id() + "–" + run.get(run.size() - 1).id());
        } else {
            run.forEach(i -> parts.add(i.id()));
        }
        run.clear();
    }
}
