package org.tianbao.excel;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.tianbao.model.FilledForm;

/** Writes a sample export for looking at it (not a test): {@code WriteSample target.xlsx [seed]}. */
public final class WriteSample {
    public static void main(String[] args) throws Exception {
        FilledForm form = SampleForms.filled("浙江省某某县市场监督管理局", args.length > 1 ? Long.parseLong(args[1]) : 7);
        ReturnMetadata meta = new ReturnMetadata(form.definition().id(), 1, form.unit().unitName(),
                OffsetDateTime.now(), 1, ContentHash.of(form), "dev");
        new AttachmentWriter(Typography.DEFAULT).write(form, meta, Path.of(args[0]));
    }
}
