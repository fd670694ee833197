package com.bank.complaints.sla;

import java.time.Instant;

/** One clock of one complaint as stored: the audit answer to "why is this deadline X". */
public record ClockRecord(String reference, SlaClock clock, Instant startedAt, Instant dueAt, Instant warningAt,
        String policyRow, String calendar, Instant stoppedAt) {

    public boolean running() {
        return stoppedAt == null;
    }
}
