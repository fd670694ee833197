package com.bank.complaints.execution;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The port to the bank's core-banking system, as its contract docs/api/core-banking.yaml describes
 * it. Every instruction carries an idempotency key, one per approved remedy step: the same key
 * again returns the first answer and moves nothing. A business refusal is a {@link Refusal};
 * anything else that goes wrong (timeout, 5xx, no connection) is thrown as it is, for the job to retry.
 */
public interface CoreBanking {

    Posting post(String idempotencyKey, PostingRequest request);

    Posting reverse(String idempotencyKey, String postingId, String externalReference, String reason);

    PlanConfirmation changePlan(String idempotencyKey, String contract, Schedule schedule, String externalReference);

    PlanConfirmation settleEarly(String idempotencyKey, String contract, String externalReference);

    CardMeasure cardMeasure(String idempotencyKey, String account, Measure measure, String externalReference, String reason);

    enum PostingType {
        REFUND, FEE_WAIVER, GOODWILL_CREDIT, REVERSAL
    }

    enum Measure {
        FREEZE, UNFREEZE, STOP_PAYMENT, RESUME_PAYMENT
    }

    record PostingRequest(String account, PostingType type, BigDecimal amount, String externalReference, String description) {
    }

    /** A posting as the bank answered it; {@code firstTime} is false when the key had been answered before. */
    record Posting(String idempotencyKey, String postingId, PostingType type, BigDecimal amount, String reverses,
            boolean firstTime) {
    }

    /** A plan's new schedule: periods, fee per period in percent, amount per period, first due date. */
    record Schedule(int periods, BigDecimal feeRate, BigDecimal amountPerPeriod, LocalDate firstDueDate) {
    }

    record PlanConfirmation(String idempotencyKey, String confirmationNumber, String kind, boolean firstTime) {
    }

    record CardMeasure(String idempotencyKey, String measureId, Measure measure, String cardState, boolean paymentsStopped,
            boolean firstTime) {
    }

    /** The bank refused the instruction for a business reason (a 422 of the contract); nothing changed at the bank. */
    class Refusal extends RuntimeException {

        private final String reason;

        public Refusal(String reason, String message) {
            super(reason + ": " + message);
            this.reason = reason;
        }

        /** The contract's reason code, e.g. CARD_CLOSED. */
        public String reason() {
            return reason;
        }

        /** The bank's own words. */
        public String bankMessage() {
            return getMessage().substring(reason.length() + 2);
        }
    }
}
