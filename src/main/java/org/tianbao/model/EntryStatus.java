package org.tianbao.model;

/** How far a work item has been filled. */
public enum EntryStatus {
    /** Neither measures nor departments. */
    EMPTY,
    /** Measures or departments, not both. */
    PARTIAL,
    /** Both measures and at least one department. */
    COMPLETE
}
