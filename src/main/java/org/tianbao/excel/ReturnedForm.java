package org.tianbao.excel;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tianbao.model.FilledForm;

/**
 * A return read from a spreadsheet: the form as the file shows it, the metadata the export stored in it
 * (absent when a spreadsheet program dropped it), and notes on anything the reader had to interpret.
 *
 * @param lastModified when the file was last saved, the fallback for an export time
 * @param unchanged    whether the content is exactly what was exported (its hash matches)
 */
public record ReturnedForm(Path file, FilledForm form, Optional<ReturnMetadata> metadata, Instant lastModified,
                           boolean unchanged, List<String> notes) {

    public ReturnedForm {
        notes = List.copyOf(notes);
    }

    public String unitName() {
        return form.unit().unitName();
    }

    /** The export time stored in the file, or failing that the time it was last saved. */
    public Instant exportedAt() {
        return metadata.map(m -> m.exportedAt().toInstant()).orElse(lastModified);
    }

    /** The unit's export sequence number (0 when the file no longer carries it). */
    public long sequence() {
        return metadata.map(ReturnMetadata::sequence).orElse(0L);
    }
}
