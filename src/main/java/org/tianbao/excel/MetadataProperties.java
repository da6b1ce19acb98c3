package org.tianbao.excel;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * {@link ReturnMetadata} as custom document properties: written into an .xlsx, read back from .xlsx and
 * .xls (a spreadsheet program that converts the file may keep them, change their types, or drop them).
 */
final class MetadataProperties {

    private MetadataProperties() {
    }

    static void write(POIXMLProperties.CustomProperties custom, ReturnMetadata m) {
        custom.addProperty(ReturnMetadata.FORM_ID, m.formId());
        custom.addProperty(ReturnMetadata.FORM_VERSION, m.formVersion());
        custom.addProperty(ReturnMetadata.UNIT, m.unitName());
        custom.addProperty(ReturnMetadata.EXPORTED_AT, m.exportedAt().toString());
        custom.addProperty(ReturnMetadata.SEQUENCE, (int) Math.min(Integer.MAX_VALUE, m.sequence()));
        custom.addProperty(ReturnMetadata.CONTENT_HASH, m.contentHash());
        custom.addProperty(ReturnMetadata.APP_VERSION, m.appVersion());
    }

    /** The metadata, when the file still carries all of it. */
    static Optional<ReturnMetadata> read(Workbook wb) {
        Map<String, Object> values = customProperties(wb);
        try {
            String formId = text(values, ReturnMetadata.FORM_ID);
            String unit = text(values, ReturnMetadata.UNIT);
            String exportedAt = text(values, ReturnMetadata.EXPORTED_AT);
            String hash = text(values, ReturnMetadata.CONTENT_HASH);
            if (formId == null || unit == null || exportedAt == null || hash == null) {
                return Optional.empty();
            }
            String app = text(values, ReturnMetadata.APP_VERSION);
            return Optional.of(new ReturnMetadata(formId, (int) number(values, ReturnMetadata.FORM_VERSION), unit,
                    OffsetDateTime.parse(exportedAt), number(values, ReturnMetadata.SEQUENCE), hash,
                    app == null ? "" : app));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The file's custom properties that are ours, as strings and numbers. */
    static Map<String, Object> customProperties(Workbook wb) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (wb instanceof XSSFWorkbook xssf) {
            for (CTProperty p : xssf.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
                if (p.getName() != null && p.getName().startsWith(ReturnMetadata.PREFIX)) {
                    values.put(p.getName(), valueOf(p));
                }
            }
        } else if (wb instanceof HSSFWorkbook hssf && hssf.getDocumentSummaryInformation() != null) {
            CustomProperties custom = hssf.getDocumentSummaryInformation().getCustomProperties();
            if (custom != null) {
                for (String name : custom.nameSet()) {
                    if (name.startsWith(ReturnMetadata.PREFIX)) {
                        values.put(name, custom.get(name));
                    }
                }
            }
        }
        return values;
    }

    private static Object valueOf(CTProperty p) {
        if (p.isSetLpwstr()) {
            return p.getLpwstr();
        }
        if (p.isSetLpstr()) {
            return p.getLpstr();
        }
        if (p.isSetBstr()) {
            return p.getBstr();
        }
        if (p.isSetI4()) {
            return p.getI4();
        }
        if (p.isSetI8()) {
            return p.getI8();
        }
        if (p.isSetInt()) {
            return p.getInt();
        }
        if (p.isSetR8()) {
            return p.getR8();
        }
        return null;
    }

    private static String text(Map<String, Object> values, String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    private static long number(Map<String, Object> values, String name) {
        Object v = values.get(name);
        if (v instanceof Number n) {
            return n.longValue();
        }
        return v == null ? 0 : (long) Double.parseDouble(v.toString().strip());
    }
}
