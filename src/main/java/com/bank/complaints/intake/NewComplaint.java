package com.bank.complaints.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A validated submission (R-INTAKE-2), typed and trimmed; optional fields are null. */
public record NewComplaint(
        Channel channel,
        String channelMessageId,
        Language language,
        String customerId,
        String customerName,
        String customerPhone,
        String customerEmail,
        String cardOrContractNumber,
        Product product,
        String businessPeriod,
        LocalDate transactionDate,
        String grievance,
        String expectedOutcome,
        BigDecimal disputedAmount,
        EmotionalState emotionalState,
        CustomerSegment customerSegment,
        AgeBand customerAgeBand) {
}
