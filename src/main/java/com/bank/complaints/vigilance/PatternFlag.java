package com.bank.complaints.vigilance;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A suspicious pattern as supervisors see it: the masked subject (customer, phone, e-mail or the
 * text's fingerprint), a masked sample of the text, the complaints involved and the review.
 */
public record PatternFlag(long id, FlagKind kind, String subject, String sample, List<String> complaints, int count,
        OffsetDateTime firstSeen, OffsetDateTime lastSeen, String status, String verdict, String note,
        String reviewedBy, OffsetDateTime reviewedAt) {

    public static final String OPEN = "OPEN";
    public static final String REVIEWED = "REVIEWED";
}
