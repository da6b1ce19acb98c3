package org.tianbao.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
        AtomicFiles.write(target, out -> {
            Workbook wb = new Workbook(out, "TianbaoConsolidation", "1.0");
            wb.properties().setTitle(form.title() + "（汇总）");
            wb.properties().setSubject("汇总 " + returns.units().size() + " 个单位");
            add(wb, tables, SUMMARY_SHEET, SummarySheet.of(form, returns.units()));
            add(wb, tables, STATUS_SHEET, StatusSheet.of(form, returns));
            Set<String> names = new HashSet<>(List.of(SUMMARY_SHEET, STATUS_SHEET));
            for (ReturnedForm unit : returns.units()) {
                add(wb, tables, sheetName(unit.unitName(), names), AttachmentSheet.of(unit.form()));
            }
            wb.finish();
        });
    }

    private static void add(Workbook wb, StreamingTableWriter tables, String name, TableSheet table) throws IOException {
        Worksheet ws = wb.newWorksheet(name);
        tables.write(ws, table);
        ws.finish();
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
