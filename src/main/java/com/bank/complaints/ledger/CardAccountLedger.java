package com.bank.complaints.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The port to the card-account system. Each posting carries an idempotency key: posting the same
 * key again returns the first posting and moves no money.
 */
public interface CardAccountLedger {

    Posting post(String idempotencyKey, String reference, String account, PostingType type, BigDecimal amount,
            String description);

    /** Every posting made for the complaint, oldest first. */
    List<Booked> postings(String reference);

    enum PostingType {
        REFUND, FEE_WAIVER
    }

    /** A posting as the ledger holds it; {@code firstTime} is false when the key had been posted before. */
    /** A posting as shown to staff: what was booked under which key, and when. */
    record Booked(String idempotencyKey, PostingType type, BigDecimal amount, String currency, Instant postedAt, String status) {
    }

    record Posting(String idempotencyKey, String account, PostingType type, BigDecimal amount, boolean firstTime) {
    }
}
