package com.bank.complaints.ledger;

import java.math.BigDecimal;

/**
 * The port to the card-account system. Each posting carries an idempotency key: posting the same
 * key again returns the first posting and moves no money.
 */
public interface CardAccountLedger {

    Posting post(String idempotencyKey, String reference, String account, PostingType type, BigDecimal amount,
            String description);

    enum PostingType {
        REFUND, FEE_WAIVER
    }

    /** A posting as the ledger holds it; {@code firstTime} is false when the key had been posted before. */
    record Posting(String idempotencyKey, String account, PostingType type, BigDecimal amount, boolean firstTime) {
    }
}
