package com.bank.complaints.sla;

import java.time.Instant;

/** R-INTAKE-4: the three time promises made to the customer at intake. */
public record IntakeDeadlines(Instant firstResponseDue, Instant replyDue, Instant regulatoryDue) {
}
