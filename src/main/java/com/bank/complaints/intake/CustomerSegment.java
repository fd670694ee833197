package com.bank.complaints.intake;

/** R-AN-2 people dimension: the bank's customer segment, as its CRM or the intake agent gives it. */
public enum CustomerSegment {
    MASS, AFFLUENT, PRIVATE_BANKING, SMALL_BUSINESS
}
