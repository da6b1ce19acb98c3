package org.tianbao.model;

/** How far a work item has been filled. */
public enum EntryStatus {
    /** Neither measures nor departments. */
    EMPTY,
    /** Measures or departments, not both. */
    PARTIAL,
    /** Both measures and at least one department. */
    COMPLETE,
    /** The unit declares the item does not concern it ({@link NotApplicable}): answered, departments or not. */
    NOT_APPLICABLE;

    /** Nothing left to do on the row: filled, or declared not to concern the unit. */
    public boolean isDone() {
        return this == COMPLETE || this == NOT_APPLICABLE;
    }
}
