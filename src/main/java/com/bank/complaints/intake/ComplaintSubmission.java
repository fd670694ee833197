package com.bank.complaints.intake;

/**
 * A complaint as a channel or the Tasklist start form submits it: every field as text, so that the
 * validator can name every bad field at once instead of failing on the first unparsable one.
 * Field names are the process variable names.
 */
public record ComplaintSubmission(
        String channel,
        String channelMessageId,
        String language,
        String customerId,
        String customerName,
        String customerPhone,
        String customerEmail,
        String cardOrContractNumber,
        String product,
        String businessPeriod,
        String transactionDate,
        String grievance,
        String expectedOutcome,
        String disputedAmount,
        String emotionalState,
        String customerSegment,
        String customerAgeBand) {
}
