package org.tianbao.excel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.UnitLevel;

/**
 * What goes into a consolidated workbook: the returns kept (one per unit, in unit order), the files a
 * newer return of the same unit superseded, the files that could not be read, the files passed over
 * because they hold no table to read (the cover letter that comes with a return, a stamped scan as PDF), and
 * the units that owe a return and sent none (when the consolidator listed the units that owe one).
 */
public record ConsolidatedReturns(List<ReturnedForm> units, List<Superseded> superseded, List<Unreadable> unreadable,
                                  List<Skipped> skipped, List<String> missing) {

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

    /**
     * A file passed over, not a problem in itself: a unit sends its cover letter, or a stamped scan beside
     * its return.
     *
     * @param what what the file is, said after “是”: 不含这张表格的 Word 文档（如报送函）
     */
    public record Skipped(Path file, String what) {

        /** 是不含这张表格的 Word 文档（如报送函）, 是 PDF 文件…: after the file or 它. */
        public String described() {
            return "是" + (!what.isEmpty() && what.charAt(0) < 0x80 ? " " : "") + what;
        }
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

    /**
     * What came in the name of a unit that owes a return and sent none to consolidate.
     *
     * @param described 是 PDF 文件…, 无法读取, 是压缩包，尚未解压
     */
    public record Received(Path file, String described, Kind kind) {

        /** What the file is to the consolidator: what to ask of the unit, or to do first. */
        public enum Kind {
            /** A scan or a cover letter: the unit is to send the form itself, not the same again. */
            NOT_A_RETURN,
            /** A damaged file, or not the form: the unit is to send it again. */
            UNREADABLE,
            /** An archive not yet unpacked: nothing to ask of the unit, the consolidator unpacks it. */
            ARCHIVE
        }

        /** 收到的“黔东县（盖章）.pdf”是 PDF 文件（如盖章后的扫描件），其中的表格无法读取. */
        public String sentence() {
            return "收到的“" + file.getFileName() + "”" + described;
        }

        /** What the unit is asked to do (nothing, for an archive: see {@link #isForTheUnit}). */
        public String ask() {
            return switch (kind) {
                case NOT_A_RETURN -> "请报送 Excel 或 Word 文件";
                case UNREADABLE -> "请重新报送";
                case ARCHIVE -> "";
            };
        }

        /** Whether the unit is to be asked for something; an archive only waits to be unpacked. */
        public boolean isForTheUnit() {
            return kind != Kind.ARCHIVE;
        }
    }

    /**
     * For a unit that owes a return and sent none to consolidate: the file in its name that came instead, and
     * why it was not read, so that the consolidator asks for the right thing. Found by the unit's place in the
     * file's name. An archive already unpacked does not count: what came in it speaks for the unit.
     */
    public Optional<Received> receivedInstead(String missingUnit) {
        String place = TextNormalizer.forMatching(UnitLevel.place(missingUnit).orElse(missingUnit));
        Predicate<Path> named = file -> TextNormalizer.forMatching(file.getFileName().toString()).contains(place);
        return skipped.stream().filter(s -> named.test(s.file()) && !SpreadsheetFiles.isArchiveName(s.file()))
                .map(s -> new Received(s.file(), s.described(), Received.Kind.NOT_A_RETURN)).findFirst()
                .or(() -> unreadable.stream().filter(u -> named.test(u.file()))
                        .map(u -> SpreadsheetFiles.isArchiveName(u.file())
                                ? new Received(u.file(), "是压缩包，尚未解压", Received.Kind.ARCHIVE)
                                : new Received(u.file(), "无法读取", Received.Kind.UNREADABLE)).findFirst());
    }

    /** The same returns, with the units that owe one and sent none. */
    public ConsolidatedReturns withMissing(List<String> missingUnits) {
        return new ConsolidatedReturns(units, superseded, unreadable, skipped, missingUnits);
    }
}
