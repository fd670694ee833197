package com.bank.complaints.sla;

import java.util.List;
import java.util.Map;

/**
 * Published when an SLA clock warns or is breached, in the transaction of its timer: who must hear
 * of it and what they are told. The notification module mails it; sla knows nothing of mail.
 */
public record ClockAlert(String reference, String kind, List<String> users, List<String> groups, String subject,
        Map<String, String> lines) {
}
