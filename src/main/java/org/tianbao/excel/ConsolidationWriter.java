package org.tianbao.excel;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tianbao.io.AtomicFiles;
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
        List<List<Integer>> breaks = new ArrayList<>();
        Path folder = Files.createDirectories(target.toAbsolutePath().getParent());
        Path draft = Files.createTempFile(folder, ".tianbao-", ".draft");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(draft), 1 << 16)) {
                Workbook wb = new Workbook(out, "TianbaoConsolidation", "1.0");
                wb.properties().setTitle(form.title() + "（汇总）");
                wb.properties().setSubject("汇总 " + returns.units().size() + " 个单位");
                add(wb, tables, SUMMARY_SHEET, SummarySheet.of(form, returns.units()), breaks);
                add(wb, tables, STATUS_SHEET, StatusSheet.of(form, returns), breaks);
                Set<String> names = new HashSet<>(List.of(SUMMARY_SHEET, STATUS_SHEET));
                for (ReturnedForm unit : returns.units()) {
                    add(wb, tables, sheetName(unit.unitName(), names), AttachmentSheet.of(unit.form()), breaks);
                }
                wb.finish();
            }
            AtomicFiles.write(target, out -> PackageFinisher.copy(draft, out, breaks));
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void add(Workbook wb, StreamingTableWriter tables, String name, TableSheet table,
                            List<List<Integer>> breaks) throws IOException {
        Worksheet ws = wb.newWorksheet(name);
        tables.write(ws, table);
        ws.finish();
        breaks.add(table.plan().pageEnds().stream().map(end -> table.firstBodyRow() + end).toList());
    }

    /** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique in the workbook. */
    static String sheetName(String unitName, Set<String> taken) {
        String base = unitName.replaceAll("[\\[\\]:*?/\\\\']", "_").strip();
        if (base.isEmpty()) {
            base = "未命名单位";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    static String stamp(java.time.Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
