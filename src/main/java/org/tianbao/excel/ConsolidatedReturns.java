package org.tianbao.excel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What goes into a consolidated workbook: the returns kept (one per unit, in unit order), the files a
 * newer return of the same unit superseded, the files that could not be read, the Word documents passed
 * over because they hold no such form (the cover letters that come with returns), and the units that owe
 * a return and sent none (when the consolidator listed the units that owe one).
 */
public record ConsolidatedReturns(List<ReturnedForm> units, List<Superseded> superseded, List<Unreadable> unreadable,
                                  List<Path> skipped, List<String> missing) {

    /**
     * An older return of a unit, replaced by a newer file, with what the newer one changed (as
     * {@link org.tianbao.model.ReturnChanges#describe} says it; empty when not known); or the same return
     * twice (a county's own file and its copy in a city's 汇总), counted once.
     */
    public record Superseded(Path file, String unitName, Path newerFile, boolean sameReturn, String changes) {

        /**
         * What happened to the file, after its name and unit: 已被较新的“…”替代（较新的文件改了 2 项：…） /
         * 与“…”中的是同一次导出.
         */
        public String outcome() {
            return sameReturn ? "与“" + newerFile.getFileName() + "”中的是同一次导出，只计一次"
                    : "已被较新的“" + newerFile.getFileName() + "”替代" + (changes.isEmpty() ? "" : "（较新的文件" + changes + "）");
        }
    }

    /** A file that is not a readable return, with the reason told to the user. */
    public record Unreadable(Path file, String reason) {
    }

    public ConsolidatedReturns {
        units = List.copyOf(units);
        superseded = List.copyOf(superseded);
        unreadable = List.copyOf(unreadable);
        skipped = List.copyOf(skipped);
        missing = List.copyOf(missing);
        units.forEach(Objects::requireNonNull);
    }

    public ConsolidatedReturns(List<ReturnedForm> units, List<Superseded> superseded, List<Unreadable> unreadable) {
        this(units, superseded, unreadable, List.of(), List.of());
    }

    /** How many files a newer return of their unit replaced. */
    public long replacedCount() {
        return superseded.stream().filter(s -> !s.sameReturn()).count();
    }

    /** How many files held an export already counted from another file. */
    public long repeatedCount() {
        return superseded.stream().filter(Superseded::sameReturn).count();
    }

    /** 被替代 N 个文件, and 重复 M 个 when some were the same export again. */
    public String supersededSummary() {
        return "被替代 " + replacedCount() + " 个文件" + (repeatedCount() == 0 ? "" : "，重复 " + repeatedCount() + " 个文件");
    }

    /** The same returns, with the units that owe one and sent none. */
    public ConsolidatedReturns withMissing(List<String> missingUnits) {
        return new ConsolidatedReturns(units, superseded, unreadable, skipped, missingUnits);
    }
}
