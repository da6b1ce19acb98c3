package org.tianbao.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UserException;

/**
 * Returns damaged on the way (a truncated mail attachment, a bad disk, a program that writes its own
 * kind of XML): every one is either read or refused with one sentence naming it, never an unexpected
 * exception, which the 汇总 could only report as 发生意外错误.
 */
@Timeout(120)
class DamagedReturnsTest {

    private static final int FILES = 300;

    @TempDir
    Path dir;

    /**
     * Seeded, so that a failure repeats; -Dfuzz.seed=N tries other damage (seeds 1 to 60, 18,000 files, all
     * read or refused). Seed 15 meets a merged range whose rows are out of order, which escaped before the
     * reader took any failure of POI's while reading as damage.
     */
    private final Random random = new Random(Long.getLong("fuzz.seed", 15));
    private final List<String> escaped = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    @Test
    void everyDamagedReturnIsReadOrRefusedInOneSentence() throws IOException {
        FilledForm form = SampleForms.withLongMeasures(SampleForms.filled("好县市场监督管理局", 7));
        Path good = dir.resolve("好县.xlsx");
        new AttachmentWriter(Typography.DEFAULT).write(form, new ReturnMetadata(form.definition().id(), 1,
                form.unit().unitName(), OffsetDateTime.parse("2026-11-20T10:00:00+08:00"), 1, ContentHash.of(form), "t"), good);
        Map<String, byte[]> parts = parts(good);
        List<String> names = new ArrayList<>(parts.keySet());
        AttachmentReader reader = new AttachmentReader(form.definition());
        Path file = dir.resolve("受损.xlsx");

        // POI reports every XML error it meets as SEVERE (with its trace): kept out of the build's output.
        Logger poi = Logger.getLogger("org.apache.poi");
        Level level = poi.getLevel();
        poi.setLevel(Level.OFF);
        try {
            for (int i = 0; i < FILES; i++) {
                damageOneAndRead(parts, names, file, reader);
            }
        } finally {
            poi.setLevel(level);
        }

        assertThat(escaped).isEmpty();
        assertThat(refusals.size()).as("damage that is refused").isBetween(FILES / 4, FILES - FILES / 10);
        assertThat(refusals).allSatisfy(message ->
                assertThat(message).contains("“受损.xlsx”").doesNotContain("\n").endsWith("。"));
    }

    /** Damages one part of the return at random, writes it as {@code file} and reads it. */
    private void damageOneAndRead(Map<String, byte[]> parts, List<String> names, Path file, AttachmentReader reader)
            throws IOException {
        // Mostly the sheet and its strings, where the reader's own code meets what POI makes of the damage.
        int pick = random.nextInt(4);
        String part = pick == 0 ? "xl/worksheets/sheet1.xml" : pick == 1 ? "xl/sharedStrings.xml"
                : names.get(random.nextInt(names.size()));
        Map<String, byte[]> damaged = new LinkedHashMap<>(parts);
        damaged.compute(part, (name, bytes) -> damage(bytes));
        write(damaged, file);
        try {
            reader.readUnits(file);
        } catch (UserException e) {
            refusals.add(e.getMessage());
        } catch (RuntimeException e) {
            escaped.add(part + ": " + e);
        }
    }

    /** One kind of damage at random: bytes changed, the part cut short, gone, or a stretch of it lost. */
    private byte[] damage(byte[] bytes) {
        int kind = random.nextInt(4);
        if (kind == 2 || bytes.length < 16) {
            return null;
        }
        if (kind == 0) {
            byte[] changed = bytes.clone();
            for (int k = 0; k <= random.nextInt(5); k++) {
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
            }
            return changed;
        }
        if (kind == 1) {
            return Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, random.nextInt(200));
        byte[] shorter = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, shorter, 0, from);
        System.arraycopy(bytes, from + length, shorter, from, bytes.length - from - length);
        return shorter;
    }

    private static Map<String, byte[]> parts(Path xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static void write(Map<String, byte[]> parts, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }
}
