package org.tianbao.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.tianbao.app.AppInfo;
import org.tianbao.excel.AttachmentWriter;
import org.tianbao.excel.ContentHash;
import org.tianbao.excel.ReturnMetadata;
import org.tianbao.excel.Typography;
import org.tianbao.excel.WordAttachmentWriter;
import org.tianbao.io.FileProblems;
import org.tianbao.model.FilledForm;
import org.tianbao.model.RevisionMarks;
import org.tianbao.model.UserException;
import org.tianbao.store.ExportHistory;
import org.tianbao.store.Workspace;

/** Exports the data folder's form as the official attachment, numbering each export of the unit. */
public final class ExportService {

    /** Settings key of the unit's export counter; the unit name follows it. */
    static final String SEQUENCE_KEY = "export.sequence.";
    private static final DateTimeFormatter PRINT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss");

    private final Workspace workspace;

    public ExportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What an export wrote, and what it showed in red (nothing unless asked). */
    public record Result(Path file, FilledForm form, ReturnMetadata metadata, RevisionMarks marks) {
    }

    /** What changed since the unit's last export. */
    public record Revision(ExportHistory.Version since, RevisionMarks marks) {

        /** The note above the table: what red means, and the own rows deleted (nothing left to show in red). */
        public String note() {
            OffsetDateTime t = since.exportedAt();
            String removed = marks.removedOwnRows().isEmpty() ? ""
                    : "；删去了本单位工作“" + String.join("”“", marks.removedOwnRows()) + "”";
            return "注：红色字为" + t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日第 "
                    + since.sequence() + " 次导出后修改的内容" + removed;
        }
    }

    /**
     * Writes the attachment as the target's name says: a Word document (.docx), the format it came in from
     * above, or else a workbook (.xlsx).
     *
     * @throws UserException with a Chinese sentence when the form cannot be exported or the file not
     *                       written (an existing file at the target is then left as it was)
     */
    public Result export(Path target, Typography typography) {
        return export(target, typography, false);
    }

    /**
     * The same, showing in red what changed since the unit's last export when asked (修改处标红), with a
     * note above the table that says so.
     *
     * @throws UserException also when changes are to be marked and the unit never exported before
     */
    public Result export(Path target, Typography typography, boolean markChanges) {
        FilledForm form = workspace.forms().load();
        RevisionMarks marks = RevisionMarks.none();
        String note = "";
        if (markChanges) {
            Revision revision = changesSinceLastExport(form).orElseThrow(() -> new UserException(
                    "还没有导出过这张表，没有可以对照的上一次导出，无法标出修改；“" + target.getFileName() + "”没有写入。"));
            marks = revision.marks();
            note = marks.isEmpty() ? "" : revision.note();
        }
        AttachmentWriter.checkCellLimits(form);
        String key = SEQUENCE_KEY + form.unit().unitName();
        long sequence = workspace.settings().get(key).map(ExportService::parse).orElse(0L) + 1;
        ReturnMetadata metadata = write(form, sequence, target, typography, marks, note);
        workspace.settings().put(key, Long.toString(sequence));
        workspace.exports().remember(form, sequence, metadata.exportedAt());
        return new Result(target, form, metadata, marks);
    }

    /**
     * A workbook of the form to print, in {@code folder}, as an export writes it; not counted as an export:
     * the export number, the export history and the rows marked as changed since the last export stay as
     * they are. Named with the time, so that a copy still open in Excel or WPS is no obstacle; copies older
     * than a week are removed.
     *
     * @throws UserException when the form cannot be written
     */
    public Path printCopy(Path folder, Typography typography) {
        FilledForm form = workspace.forms().load();
        AttachmentWriter.checkCellLimits(form);
        String name = AttachmentWriter.defaultFileName(form).replaceFirst("\\.xlsx$", "")
                + "（打印 " + PRINT_TIME.format(LocalDateTime.now()) + "）.xlsx";
        Path target = folder.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserException(FileProblems.writeFailure(target, e), e);
        }
        removeOldPrintCopies(folder);
        long sequence = workspace.settings().get(SEQUENCE_KEY + form.unit().unitName()).map(ExportService::parse).orElse(0L);
        write(form, sequence, target, typography, RevisionMarks.none(), "");
        return target;
    }

    private static void removeOldPrintCopies(Path folder) {
        Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
        try (var copies = Files.list(folder)) {
            copies.filter(p -> p.getFileName().toString().contains("（打印 ")).forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(weekAgo)) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // Still open in a spreadsheet program: removed another time.
                }
            });
        } catch (IOException e) {
            // Old copies stay; the new one is what matters.
        }
    }

    private ReturnMetadata write(FilledForm form, long sequence, Path target, Typography typography,
                                 RevisionMarks marks, String note) {
        ReturnMetadata metadata = new ReturnMetadata(form.definition().id(), form.definition().version(),
                form.unit().unitName(), OffsetDateTime.now().withNano(0), sequence, ContentHash.of(form),
                AppInfo.version());
        try {
            if (isWord(target)) {
                new WordAttachmentWriter(typography).write(form, metadata, target, marks, note);
            } else {
                new AttachmentWriter(typography).write(form, metadata, target, marks, note);
            }
        } catch (IOException e) {
            throw new UserException(FileProblems.writeFailure(target, e), e);
        }
        return metadata;
    }

    /**
     * What changed since the version exported before (the last export, or the one before it when the form
     * is still as last exported); empty when the unit never exported this form.
     */
    public Optional<Revision> changesSinceLastExport() {
        return changesSinceLastExport(workspace.forms().load());
    }

    private Optional<Revision> changesSinceLastExport(FilledForm now) {
        return workspace.exports().baselineFor(now).map(then -> new Revision(then, RevisionMarks.between(then.form(), now)));
    }

    /** The file name the export suggests: 填报单位-title.xlsx. */
    public String defaultFileName() {
        return AttachmentWriter.defaultFileName(workspace.forms().load());
    }

    /** The same as a Word document: 填报单位-title.docx. */
    public String defaultWordFileName() {
        return WordAttachmentWriter.defaultFileName(workspace.forms().load());
    }

    /** Whether an export to this file writes a Word document. */
    public static boolean isWord(Path target) {
        return target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
