package com.bank.complaints.customer;

import java.time.Instant;
import java.util.List;

/**
 * What a customer may learn about their complaint: where it is, what is still promised, when it last moved.
 * The codes and instants are for programs; the same in words for the customer, in their language
 * ({@code language}: the complaint's, unless the request asks with ?lang=en|zh): the stage and each promise by
 * name, the times as yyyy-MM-dd HH:mm on the bank's clock, and which clock that is ({@code timeZone}, {@code zoneNote}).
 */
public record ComplaintStatus(String reference, String stage, String stageName, List<OpenDeadline> openDeadlines,
        Instant lastUpdate, String language, String stageLabel, String lastUpdateText, String timeZone, String zoneNote) {

    /** A promise not yet met: which clock and when it falls due; its name and due time in the customer's words. */
    public record OpenDeadline(String clock, Instant due, String label, String dueText) {
    }
}
