package org.tianbao.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tianbao.io.AtomicFiles;
import org.tianbao.model.FormDefinition;

/**
 * Writes a consolidation (汇总) workbook: sheet 汇总 (every unit's every filled row, merged by work item),
 * sheet 填报情况 (each unit's completeness, superseded and unreadable files), then one sheet per unit in
 * the attachment's layout. Streams: rows are generated while the file is written (POI's deferred
 * workbook), so thousands of units fit in little memory and no temporary file per sheet is kept open.
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
        XSSFWorkbook template = new XSSFWorkbook();
        DeferredSXSSFWorkbook wb = new FastDeflatingWorkbook(template);
        try {
            SheetStyles styles = new SheetStyles(wb, typography);
            add(wb, SUMMARY_SHEET, SummarySheet.of(form, returns.units(), styles));
            add(wb, STATUS_SHEET, StatusSheet.of(form, returns, styles));
            Set<String> names = new HashSet<>(List.of(SUMMARY_SHEET, STATUS_SHEET));
            for (ReturnedForm unit : returns.units()) {
                add(wb, sheetName(unit.unitName(), names), AttachmentSheet.of(unit.form(), styles));
            }
            describe(template, form, returns);
            StylesheetHygiene.apply(template);
            AtomicFiles.write(target, wb::write);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void add(DeferredSXSSFWorkbook wb, String name, TableSheet table) {
        DeferredSXSSFSheet sheet = wb.createSheet(name);
        table.writeSheetParts(sheet);
        sheet.setRowGenerator(table::writeRows);
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

    private static void describe(XSSFWorkbook wb, FormDefinition form, ConsolidatedReturns returns) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(form.title() + "（汇总）");
        core.setSubjectProperty("汇总 " + returns.units().size() + " 个单位");
        core.setCreator("填报通");
    }

    /** The same workbook with faster zip compression: the files are large and mostly text. */
    private static final class FastDeflatingWorkbook extends DeferredSXSSFWorkbook {
        FastDeflatingWorkbook(XSSFWorkbook template) {
            super(template);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
