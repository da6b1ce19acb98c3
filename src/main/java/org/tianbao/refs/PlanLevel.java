package org.tianbao.refs;

/** Which level of government a reference plan comes from, as officers name it. */
public enum PlanLevel {
    NATIONAL("国家"),
    PROVINCIAL("省"),
    CITY("市");

    private final String label;

    PlanLevel(String label) {
        this.label = label;
    }

    /** 国家, 省 or 市. */
    public String label() {
        return label;
    }
}
