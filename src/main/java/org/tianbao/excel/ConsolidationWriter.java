package org.tianbao.excel;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tianbao.io.AtomicFiles;
import org.tianbao.io.OrderedTasks;
import org.tianbao.model.FormDefinition;

/**
 * Writes a consolidation (汇总) workbook: sheet 汇总 (every unit's every filled row, merged by work item),
 * sheet 填报情况 (each unit's completeness, superseded and unreadable files), then one sheet per unit in
 * the attachment's layout. Streams each sheet to the file as it is laid out (fastexcel), so thousands of
 * units take little memory and time in proportion to their number.
 */
public final class ConsolidationWriter {

    static final String SUMMARY_SHEET = "汇总";
    static final String STATUS_SHEET = "填报情况";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Typography typography;

    public ConsolidationWriter(Typography typography) {
        this.typography = typography;
    }

    /** Writes the workbook to a temporary file and moves it into place. */
    public void write(FormDefinition form, ConsolidatedReturns returns, Path target) throws IOException {
        StreamingTableWriter tables = new StreamingTableWriter(typography);
        List<List<Integer>> breaks;
        Path folder = Files.createDirectories(target.toAbsolutePath().getParent());
        Path draft = Files.createTempFile(folder, ".tianbao-", ".draft");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(draft), 1 << 16)) {
                Workbook wb = new Workbook(out, "TianbaoConsolidation", "1.0");
                wb.properties().setTitle(form.title() + "（汇总）");
                wb.properties().setSubject("汇总 " + returns.units().size() + " 个单位");
                // Sheets are created in their order here, then laid out and filled on all cores.
                List<Worksheet> sheets = new ArrayList<>();
                List<Supplier<TableSheet>> layouts = new ArrayList<>();
                sheets.add(wb.newWorksheet(SUMMARY_SHEET));
                layouts.add(() -> SummarySheet.of(form, returns.units()));
                sheets.add(wb.newWorksheet(STATUS_SHEET));
                layouts.add(() -> StatusSheet.of(form, returns));
                Set<String> names = new HashSet<>(List.of(SUMMARY_SHEET, STATUS_SHEET));
                for (ReturnedForm unit : returns.units()) {
                    sheets.add(wb.newWorksheet(sheetName(unit.unitName(), names)));
                    layouts.add(() -> AttachmentSheet.of(unit.form()));
                }
                List<SheetResult> filled = fill(sheets, layouts, tables);
                breaks = filled.stream().map(SheetResult::pageEnds).toList();
                // Where a unit's long measures were cut over rows, per unit sheet, so that a 汇总 read
                // again (a province consolidating the cities' consolidations) joins them back exactly.
                // Each unit's return record too: read again, a unit keeps its own export time.
                for (int i = 2; i < sheets.size(); i++) {
                    String sheet = sheets.get(i).getName();
                    if (!filled.get(i).cuts().isEmpty()) {
                        wb.properties().setTextProperty(continuationsOf(sheet), filled.get(i).cuts());
                    }
                    returns.units().get(i - 2).metadata().ifPresent(m ->
                            wb.properties().setTextProperty(returnOf(sheet), MetadataProperties.encode(m)));
                }
                wb.finish();
            }
            AtomicFiles.write(target, out -> PackageFinisher.copy(draft, out, breaks));
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** The custom property that records the cuts of a unit sheet's measures. */
    static String continuationsOf(String sheetName) {
        return Continuations.PROPERTY + "." + sheetName;
    }

    /** The custom property that keeps a unit sheet's return record. */
    static String returnOf(String sheetName) {
        return ReturnMetadata.PREFIX + "Return." + sheetName;
    }

    /** What filling a sheet leaves to do at the workbook's level: page breaks, and cuts of measures. */
    private record SheetResult(List<Integer> pageEnds, String cuts) {
    }

    /**
     * Lays out and fills every sheet, a sheet per task on as many threads as there are cores. fastexcel
     * lets each worksheet be filled by its own thread, but a finishing sheet streams into the one zip
     * entry open at a time, so sheets finish one at a time.
     *
     * @return per sheet, in order, the rows that end a printed page and the cuts in its measures column
     */
    private static List<SheetResult> fill(List<Worksheet> sheets, List<Supplier<TableSheet>> layouts,
                                          StreamingTableWriter tables) throws IOException {
        Object zipEntry = new Object();
        List<Callable<SheetResult>> tasks = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            Worksheet ws = sheets.get(i);
            Supplier<TableSheet> layout = layouts.get(i);
            boolean unitSheet = i >= 2;
            tasks.add(() -> {
                TableSheet table = layout.get();
                tables.write(ws, table);
                synchronized (zipEntry) {
                    ws.finish();
                }
                List<Integer> ends = table.plan().pageEnds().stream().map(end -> table.firstBodyRow() + end).toList();
                String cuts = unitSheet ? Continuations.describe(table.plan(), AttachmentSheet.MEASURES) : "";
                return new SheetResult(ends, cuts);
            });
        }
        try {
            return OrderedTasks.run("tianbao-consolidation-writer", Runtime.getRuntime().availableProcessors(), tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("汇总表的写入被中断");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * A sheet name Excel accepts (≤ 31 characters, none of []:*?/\ nor a line break, not History), unique in
     * the workbook. A 填报单位 cell written on two lines gives one line; a character beyond the basic plane
     * (a rare place name's) is never cut in half.
     */
    static String sheetName(String unitName, Set<String> taken) {
        String base = unitName.replaceAll("[\\[\\]:*?/\\\\']", "_").replaceAll("\\s+", " ").strip();
        if (base.isEmpty()) {
            base = "未命名单位";
        } else if (base.equalsIgnoreCase("History")) {
            base = base + "_"; // Excel keeps that name for its change history
        }
        base = first(base, 31);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = first(base, 31 - suffix.length()) + suffix;
        }
        return name;
    }

    /** At most {@code length} UTF-16 units of the text, not ending in half a character. */
    private static String first(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    static String stamp(java.time.Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
