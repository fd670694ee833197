package com.bank.complaints.intake;

/** The answer to a submission: the reference, and whether this call registered it or found it already there. */
public record IntakeResult(String reference, boolean created) {
}
