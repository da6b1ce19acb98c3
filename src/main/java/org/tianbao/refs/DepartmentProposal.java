package org.tianbao.refs;

/**
 * One body of a plan item and the county department it would be added as.
 *
 * @param body       the body as the plan names it (公安部, 省知识产权局…)
 * @param department the county department it maps to; empty when no rule covers it
 * @param status     whether it can be added as it is
 */
public record DepartmentProposal(String body, String department, Status status) {

    /** Whether a body's department can be added without asking. */
    public enum Status {
        /** Mapped to a department the dictionary has: added without asking. */
        KNOWN,
        /** Mapped to a department the dictionary lacks: added (and learnt) only if the officer agrees. */
        NOT_IN_DICTIONARY,
        /** No rule covers it: shown; the officer may pick a department for it. */
        UNMAPPED
    }

    public boolean isKnown() {
        return status == Status.KNOWN;
    }
}
