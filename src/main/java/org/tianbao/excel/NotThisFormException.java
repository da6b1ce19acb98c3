package org.tianbao.excel;

import org.tianbao.model.UserException;

/**
 * A readable document that is not this form at all: no table, or no table with the form's header. A
 * consolidation passes over Word documents of this kind, the cover letters that arrive with the returns.
 */
public final class NotThisFormException extends UserException {

    public NotThisFormException(String message) {
        super(message);
    }
}
