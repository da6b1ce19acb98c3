package org.tianbao.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.tianbao.model.FilledForm;

/** Writes returns as counties would send them, for consolidation tests and the benchmark. */
public final class SampleReturns {

    private SampleReturns() {
    }

    /** Exports a form as a return exported at the given time with the given sequence number. */
    public static Path write(FilledForm form, Path file, OffsetDateTime exportedAt, long sequence) {
        ReturnMetadata meta = new ReturnMetadata(form.definition().id(), form.definition().version(),
                form.unit().unitName(), exportedAt, sequence, ContentHash.of(form), "test");
        try {
            new AttachmentWriter(Typography.DEFAULT).write(form, meta, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** {@code count} returns of different counties (县001…), written in parallel; returns their files. */
    public static List<Path> counties(Path dir, int count) {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            FilledForm form = SampleForms.filled(String.format("第%04d县市场监督管理局", i + 1), 1000L + i);
            return write(form, dir.resolve(String.format("县%04d.xlsx", i + 1)), at.plusMinutes(i), 1);
        }).sorted().toList();
    }
}
