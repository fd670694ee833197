package com.bank.complaints.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A validated submission (R-INTAKE-2), typed and trimmed; optional fields are null. Issue 13 point 6:
 * a card number is masked in {@code cardOrContractNumber} (a contract number stays as given) and in the
 * free texts; {@code cardNumberEncrypted} holds it in full, encrypted (CardVault), or null for a contract number.
 */
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
        AgeBand customerAgeBand,
        String cardNumberEncrypted) {
}
