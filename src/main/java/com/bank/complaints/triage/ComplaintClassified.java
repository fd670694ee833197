package com.bank.complaints.triage;

/**
 * Published as soon as a complaint's classification is known: the triage table's, or a handler's
 * correction of it (R-TRIAGE-1..3). Intake writes it onto the complaint record (R-AN-2).
 */
public record ComplaintClassified(String reference, String severity, String category, String specialKind,
        String complexity) {
}
