package com.bank.complaints.caselibrary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A closed case as the library shows it: how it was classified, caused and solved, and the
 * customer's story with personal data masked. No customer id, name, phone, e-mail or card number.
 * {@code causes} are AXIS:CODE.
 */
record LibraryCase(String reference, OffsetDateTime closedAt, String product, String category, String specialKind,
        String finding, String remedyType, BigDecimal remedyAmount, Integer satisfactionScore, List<String> causes,
        String causeSummary, String grievance, String expectedOutcome) {
}
