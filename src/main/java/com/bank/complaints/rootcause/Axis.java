package com.bank.complaints.rootcause;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;

/** R-AN-1: the three axes a root cause is attributed on, and the variable each is recorded in. */
public enum Axis {
    PROCESS(Variables.CAUSE_PROCESS),
    STAFF(Variables.CAUSE_STAFF),
    SYSTEM(Variables.CAUSE_SYSTEM);

    /** The answer for an axis that played no part. */
    public static final String NONE = "NONE";

    private final String variable;

    Axis(String variable) {
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
