package org.tianbao.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.tianbao.app.AppInfo;
import org.tianbao.excel.AttachmentWriter;
import org.tianbao.excel.ContentHash;
import org.tianbao.excel.ReturnMetadata;
import org.tianbao.excel.Typography;
import org.tianbao.excel.WordAttachmentWriter;
import org.tianbao.io.FileProblems;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UserException;
import org.tianbao.store.Workspace;

/** Exports the data folder's form as the official attachment, numbering each export of the unit. */
public final class ExportService {

    /** Settings key of the unit's export counter; the unit name follows it. */
    static final String SEQUENCE_KEY = "export.sequence.";

    private final Workspace workspace;

    public ExportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What an export wrote. */
    public record Result(Path file, FilledForm form, ReturnMetadata metadata) {
    }

    /**
     * Writes the attachment as the target's name says: a Word document (.docx), the format it came in from
     * above, or else a workbook (.xlsx).
     *
     * @throws UserException with a Chinese sentence when the form cannot be exported or the file not
     *                       written (an existing file at the target is then left as it was)
     */
    public Result export(Path target, Typography typography) {
        FilledForm form = workspace.forms().load();
        AttachmentWriter.checkCellLimits(form);
        String key = SEQUENCE_KEY + form.unit().unitName();
        long sequence = workspace.settings().get(key).map(ExportService::parse).orElse(0L) + 1;
        ReturnMetadata metadata = new ReturnMetadata(form.definition().id(), form.definition().version(),
                form.unit().unitName(), OffsetDateTime.now().withNano(0), sequence, ContentHash.of(form),
                AppInfo.version());
        try {
            if (isWord(target)) {
                new WordAttachmentWriter(typography).write(form, metadata, target);
            } else {
                new AttachmentWriter(typography).write(form, metadata, target);
            }
        } catch (IOException e) {
            throw new UserException(FileProblems.writeFailure(target, e), e);
        }
        workspace.settings().put(key, Long.toString(sequence));
        return new Result(target, form, metadata);
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
