package org.tianbao.excel;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a machine needs to know an exported file exactly, carried as custom document properties that no
 * reader of the sheet sees: the form and its version, the 填报单位, when it was exported, the unit's export
 * sequence number, and a hash of the content as exported.
 */
public record ReturnMetadata(String formId, int formVersion, String unitName, OffsetDateTime exportedAt,
                             long sequence, String contentHash, String appVersion) {

    public static final String PREFIX = "Tianbao.";
    static final String FORM_ID = PREFIX + "FormId";
    static final String FORM_VERSION = PREFIX + "FormVersion";
    static final String UNIT = PREFIX + "Unit";
    static final String EXPORTED_AT = PREFIX + "ExportedAt";
    static final String SEQUENCE = PREFIX + "Sequence";
    static final String CONTENT_HASH = PREFIX + "ContentHash";
    static final String APP_VERSION = PREFIX + "AppVersion";

    public ReturnMetadata {
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(appVersion, "appVersion");
    }
}
