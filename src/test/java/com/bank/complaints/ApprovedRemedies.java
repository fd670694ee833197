package com.bank.complaints;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

/** Tests that exercise execution alone give a complaint an approved remedy in its record, as resolution would. */
public final class ApprovedRemedies {

    private ApprovedRemedies() {
    }

    /** Appends a proposal by handler and its approval by supervisor of {@code type} over {@code amount} CNY. */
    public static void approve(JdbcTemplate jdbc, String reference, String type, Number amount) {
        BigDecimal cny = amount == null ? null : new BigDecimal(amount.toString());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String step : new String[] {"PROPOSED", "APPROVED"}) {
            jdbc.update("INSERT INTO remedy_decision (reference, decision_round, step, remedy_type, amount, currency, "
                    + "details, proposed_by, decided_by, approval_level, decided_at) VALUES (?, 1, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?)",
                    reference, step, type, cny, "Refund of the second fee.", "handler",
                    step.equals("APPROVED") ? "supervisor" : null, step.equals("APPROVED") ? "SUPERVISOR" : null, now);
        }
    }
}
