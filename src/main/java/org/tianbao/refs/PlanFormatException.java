package org.tianbao.refs;

/** A bundled plan's text does not have the structure its parser expects: a defect, caught by the tests. */
public final class PlanFormatException extends RuntimeException {

    PlanFormatException(String message) {
        super(message);
    }
}
