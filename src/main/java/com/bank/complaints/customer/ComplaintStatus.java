package com.bank.complaints.customer;

import java.time.Instant;
import java.util.List;

/** What a customer may learn about their complaint: where it is, what is still promised, when it last moved. */
public record ComplaintStatus(String reference, String stage, String stageName, List<OpenDeadline> openDeadlines,
        Instant lastUpdate) {

    /** A promise not yet met: which clock and when it falls due. */
    public record OpenDeadline(String clock, Instant due) {
    }
}
