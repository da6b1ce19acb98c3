package org.tianbao.model;

import java.util.Objects;
import java.util.UUID;

/**
 * One 工作内容 row of the form. Official rows come from the attachment and are identified by a stable
 * key ("3.17"); the officer's own rows ({@link Kind#LOCAL}) get a generated id. A row is identified by
 * its key area and its text together, never by text alone: the 其他 text repeats in every area.
 */
public record WorkItem(String id, int areaNumber, String text, Kind kind) {

    /** Where a row comes from. */
    public enum Kind {
        /** A work item printed in the attachment. */
        OFFICIAL,
        /** The attachment's 其他：未列入但地方开展的创新性工作 row closing each key area. */
        OTHER,
        /** A row the reporting unit added under a key area (local innovative work). */
        LOCAL
    }

    public WorkItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (areaNumber < 1) {
            throw new IllegalArgumentException("area number must be positive: " + areaNumber);
        }
    }

    /** A new row of the unit's own under a key area, with a fresh id. */
    public static WorkItem newLocal(int areaNumber, String text) {
        return new WorkItem("L-" + UUID.randomUUID(), areaNumber, TextNormalizer.clean(text), Kind.LOCAL);
    }

    /** Official and 其他 rows are fixed by the attachment: they cannot be renamed or deleted. */
    public boolean isFixed() {
        return kind != Kind.LOCAL;
    }

    public boolean isLocal() {
        return kind == Kind.LOCAL;
    }

    public WorkItem withText(String newText) {
        return new WorkItem(id, areaNumber, newText, kind);
    }
}
