package org.tianbao.excel;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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

    /**
     * A return record as one text, for a 汇总 workbook that keeps each unit's record beside its sheet: the
     * fields tab-separated (no field holds a tab: texts are cleaned of them).
     */
    static String encode(ReturnMetadata m) {
        return String.join("\t", m.formId(), Integer.toString(m.formVersion()), m.unitName(), m.exportedAt().toString(),
                Long.toString(m.sequence()), m.contentHash(), m.appVersion());
    }

    /** The record {@link #encode} wrote, or empty for anything else. */
    static Optional<ReturnMetadata> decode(Object text) {
        if (!(text instanceof String s)) {
            return Optional.empty();
        }
        String[] f = s.split("\t", -1);
        if (f.length != 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReturnMetadata(f[0], Integer.parseInt(f[1]), f[2], OffsetDateTime.parse(f[3]),
                    Long.parseLong(f[4]), f[5], f[6]));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The metadata, when the file still carries all of it. */
    static Optional<ReturnMetadata> read(Workbook wb) {
        return read(customProperties(wb));
    }

    /** The metadata among a file's custom properties ({@link #customProperties}), when they hold all of it. */
    static Optional<ReturnMetadata> read(Map<String, Object> values) {
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
        if (wb instanceof WordTables.Document word) {
            values.putAll(word.customProperties());
        } else if (wb instanceof XSSFWorkbook xssf) {
            values.putAll(readCustomPart(xssf.getPackage()));
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

    /**
     * Reads docProps/custom.xml of a workbook or document with a plain streaming parser: POI's document
     * properties would also parse the core and extended parts, which consolidation of thousands of files
     * does not need.
     */
    static Map<String, Object> readCustomPart(OPCPackage pkg) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            for (PackagePart part : pkg.getPartsByRelationshipType(PackageRelationshipTypes.CUSTOM_PROPERTIES)) {
                try (InputStream in = part.getInputStream()) {
                    XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
                    String name = null;
                    while (xml.hasNext()) {
                        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                            continue;
                        }
                        if (xml.getLocalName().equals("property")) {
                            name = xml.getAttributeValue(null, "name");
                        } else if (name != null && name.startsWith(ReturnMetadata.PREFIX)) {
                            String type = xml.getLocalName();
                            values.put(name, typed(type, xml.getElementText()));
                            name = null;
                        }
                    }
                    xml.close();
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // Unreadable properties are as good as dropped ones: the visible text is used instead.
            return Map.of();
        }
        return values;
    }

    private static Object typed(String type, String text) {
        return switch (type) {
            case "i1", "i2", "i4", "int", "ui1", "ui2", "ui4", "uint", "i8", "ui8" -> Long.parseLong(text.strip());
            case "r4", "r8", "decimal" -> Double.parseDouble(text.strip());
            default -> text;
        };
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
