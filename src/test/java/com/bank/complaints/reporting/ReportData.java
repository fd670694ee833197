package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A known set of complaints in 2025, far from the other tests' data, written straight into our
 * tables. Times are the bank's (Asia/Shanghai). March 2025 holds R1..R5; R5 came in at 00:30 on
 * 1 March (still 28 February in UTC) and R6 at 07:30 on 1 April (still 31 March in UTC), so a
 * report that counted UTC days would be off. Expected figures for March 2025:
 *
 * <pre>
 * ref  received     channel  product           customer  archived     category            finding            remedy            score  fcr
 * R0   2024-12-20   BRANCH   CREDIT_CARD       K3        2024-12-25   SERVICE             FACT_CLEAR         EXPLANATION_ONLY  4      yes
 * R9   2024-11-30   WEB      CREDIT_CARD       K4        (open)
 * R7   2025-02-20   HOTLINE  CREDIT_CARD       K6        2025-03-10   SECURITY            LIABILITY_DISPUTE  REFUND 1000.00    3      no (panel)
 * R8   2025-02-25   BRANCH   CREDIT_CARD       K7        2025-03-12   SERVICE             FACT_CLEAR         POINTS_GOODWILL 20  -      (before V4)
 * R5   2025-03-01   EMAIL    CREDIT_CARD       K4        2025-03-31   TRANSACTION         FACT_CLEAR         FEE_WAIVER 50.00  4      yes
 * R1   2025-03-03   APP      CREDIT_CARD       K1        2025-03-05   TRANSACTION         FACT_CLEAR         REFUND 100.00     5      yes
 * R2   2025-03-04   HOTLINE  INSTALLMENT_PLAN  K2        2025-03-20   SERVICE             MISUNDERSTANDING   EXPLANATION_ONLY  2      no (rejected)
 * R3   2025-03-10   APP      CREDIT_CARD       K1        2025-04-02   FEE, "DOUBLE" CHARGE FACT_CLEAR        REFUND 250.50     4      no (panel)
 * R4   2025-03-15   WEB      CASH_INSTALLMENT  K3        (open)       PRODUCT (triaged)
 * R6   2025-04-01   APP      CREDIT_CARD       K5        (open)
 * </pre>
 *
 * March: received R1..R5 = 5; closed R1, R2, R5, R7, R8 = 5. First response: R1, R3 on time, R5 stopped
 * exactly at its due, R2 late, R4 still running and overdue: 3 of 5. Reply: R1 on time, R2 late, R4
 * overdue: 1 of 3. Regulatory close: R1, R2, R3 on time, R4 running but due in 2099 (not counted): 3 of 3.
 * First contact: R1, R5 of R1, R2, R5, R7 (R8 unknown): 2 of 4. Repeat (90 days): R3 (K1 had R1) and R4
 * (K3 had R0, 85 days before), not R5 (K4's R9 was 91 days before): 2 of 5. Satisfaction of the closed:
 * 5, 2, 4, 3: average 3.50, promoters 2 of 4, detractors 1 of 4, net 0.25. Breaches in March:
 * FIRST_RESPONSE R2, R4; REPLY R2 (R4's REPLY breach at 07:30 on 1 April and R6's are April's).
 * Profile (R-AN-2 people) of the March complaints: R1, R3 MASS 25-34; R2 AFFLUENT 55-64; R5 MASS 35-44;
 * R4 not given.
 */
final class ReportData {

    static final String FROM = "2025-03-01";
    static final String TO = "2025-03-31";
    static final String ODD_CATEGORY = "FEE, \"DOUBLE\" CHARGE";
    private static final ZoneId BANK = ZoneId.of("Asia/Shanghai");

    private ReportData() {
    }

    /** Writes the data set once into the shared test database. */
    static synchronized void insertOnce(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE reference LIKE 'RPT-%'", Long.class) > 0) {
            return;
        }
        complaint(jdbc, "RPT-R0", "BRANCH", "CREDIT_CARD", "RPT-K3", "2024-12-20T10:00");
        archive(jdbc, "RPT-R0", "2024-12-25T10:00", "SERVICE", "NONE", "FACT_CLEAR", "EXPLANATION_ONLY", null, 4, false, true);
        complaint(jdbc, "RPT-R9", "WEB", "CREDIT_CARD", "RPT-K4", "2024-11-30T00:00");

        complaint(jdbc, "RPT-R7", "HOTLINE", "CREDIT_CARD", "RPT-K6", "2025-02-20T10:00");
        archive(jdbc, "RPT-R7", "2025-03-10T10:00", "SECURITY", "NONE", "LIABILITY_DISPUTE", "REFUND", "1000.00", 3, true, false);
        complaint(jdbc, "RPT-R8", "BRANCH", "CREDIT_CARD", "RPT-K7", "2025-02-25T10:00");
        archive(jdbc, "RPT-R8", "2025-03-12T10:00", "SERVICE", "NONE", "FACT_CLEAR", "POINTS_GOODWILL", "20.00", null, false, null);

        complaint(jdbc, "RPT-R5", "EMAIL", "CREDIT_CARD", "RPT-K4", "2025-03-01T00:30");
        archive(jdbc, "RPT-R5", "2025-03-31T23:00", "TRANSACTION", "NONE", "FACT_CLEAR", "FEE_WAIVER", "50.00", 4, false, true);
        clock(jdbc, "RPT-R5", "FIRST_RESPONSE", "2025-03-01T00:30", "2025-03-02T00:30", "2025-03-02T00:30");

        complaint(jdbc, "RPT-R1", "APP", "CREDIT_CARD", "RPT-K1", "2025-03-03T10:00");
        archive(jdbc, "RPT-R1", "2025-03-05T12:00", "TRANSACTION", "NONE", "FACT_CLEAR", "REFUND", "100.00", 5, false, true);
        clock(jdbc, "RPT-R1", "FIRST_RESPONSE", "2025-03-03T10:00", "2025-03-04T10:00", "2025-03-03T15:00");
        clock(jdbc, "RPT-R1", "REPLY", "2025-03-03T10:00", "2025-03-06T10:00", "2025-03-05T12:00");
        clock(jdbc, "RPT-R1", "REGULATORY_CLOSE", "2025-03-03T10:00", "2025-04-02T10:00", "2025-03-05T12:00");

        complaint(jdbc, "RPT-R2", "HOTLINE", "INSTALLMENT_PLAN", "RPT-K2", "2025-03-04T09:00");
        archive(jdbc, "RPT-R2", "2025-03-20T18:00", "SERVICE", "NONE", "MISUNDERSTANDING", "EXPLANATION_ONLY", null, 2, false, false);
        clock(jdbc, "RPT-R2", "FIRST_RESPONSE", "2025-03-04T09:00", "2025-03-05T09:00", "2025-03-05T11:00");
        clock(jdbc, "RPT-R2", "REPLY", "2025-03-04T09:00", "2025-03-07T09:00", "2025-03-12T10:00");
        clock(jdbc, "RPT-R2", "REGULATORY_CLOSE", "2025-03-04T09:00", "2025-04-03T09:00", "2025-03-20T18:00");
        breach(jdbc, "RPT-R2", "FIRST_RESPONSE", "2025-03-05T09:00");
        breach(jdbc, "RPT-R2", "REPLY", "2025-03-07T09:00");

        complaint(jdbc, "RPT-R3", "APP", "CREDIT_CARD", "RPT-K1", "2025-03-10T14:00");
        archive(jdbc, "RPT-R3", "2025-04-02T10:00", ODD_CATEGORY, "MEDIA_RISK", "FACT_CLEAR", "REFUND", "250.50", 4, true, false);
        clock(jdbc, "RPT-R3", "FIRST_RESPONSE", "2025-03-10T14:00", "2025-03-11T14:00", "2025-03-10T16:00");
        clock(jdbc, "RPT-R3", "REGULATORY_CLOSE", "2025-03-10T14:00", "2025-04-09T14:00", "2025-04-02T10:00");

        complaint(jdbc, "RPT-R4", "WEB", "CASH_INSTALLMENT", "RPT-K3", "2025-03-15T11:00");
        classify(jdbc, "RPT-R4", "PRODUCT", "NONE");
        clock(jdbc, "RPT-R4", "FIRST_RESPONSE", "2025-03-15T11:00", "2025-03-16T11:00", null);
        clock(jdbc, "RPT-R4", "REPLY", "2025-03-15T11:00", "2025-04-01T07:30", null);
        clock(jdbc, "RPT-R4", "REGULATORY_CLOSE", "2025-03-15T11:00", "2099-01-01T00:00", null);
        breach(jdbc, "RPT-R4", "FIRST_RESPONSE", "2025-03-16T11:00");
        breach(jdbc, "RPT-R4", "REPLY", "2025-04-01T07:30");

        complaint(jdbc, "RPT-R6", "APP", "CREDIT_CARD", "RPT-K5", "2025-04-01T07:30");
        profile(jdbc, "RPT-R1", "MASS", "AGE_25_34");
        profile(jdbc, "RPT-R2", "AFFLUENT", "AGE_55_64");
        profile(jdbc, "RPT-R3", "MASS", "AGE_25_34");
        profile(jdbc, "RPT-R5", "MASS", "AGE_35_44");
        clock(jdbc, "RPT-R6", "FIRST_RESPONSE", "2025-04-01T07:30", "2025-04-02T07:30", null);
        breach(jdbc, "RPT-R6", "FIRST_RESPONSE", "2025-04-02T07:30");
    }

    private static void complaint(JdbcTemplate jdbc, String reference, String channel, String product, String customer,
            String receivedAt) {
        OffsetDateTime received = at(receivedAt);
        jdbc.update("INSERT INTO complaint (reference, channel, language, customer_id, customer_name, "
                        + "card_or_contract_number, product, grievance, expected_outcome, received_at, first_response_due, "
                        + "reply_due, regulatory_due) VALUES (?, ?, 'en', ?, 'Report Test', 'CARD-0001', ?, "
                        + "'A complaint for the reports.', 'An answer.', ?, ?, ?, ?)",
                reference, channel, customer, product, received, received.plusDays(1), received.plusDays(3),
                received.plusDays(30));
        // as intake does: listed for the reports until it is rolled into their day totals
        jdbc.update("INSERT INTO report_open (reference, received_at) VALUES (?, ?)", reference, received);
    }

    private static void archive(JdbcTemplate jdbc, String reference, String archivedAt, String category, String specialKind,
            String finding, String remedy, String amount, Integer score, boolean escalated, Boolean firstContact) {
        jdbc.update("INSERT INTO complaint_archive (reference, archived_at, severity, category, special_kind, complexity, "
                        + "finding, remedy_type, remedy_amount, satisfaction_score, escalated, first_contact_resolved, history) "
                        + "VALUES (?, ?, 'GENERAL', ?, ?, 'SIMPLE', ?, ?, ?, ?, ?, ?, '{}')",
                reference, at(archivedAt), category, specialKind, finding, remedy,
                amount == null ? null : new BigDecimal(amount), score, escalated, firstContact);
        classify(jdbc, reference, category, specialKind);
    }

    /** What triage writes onto the complaint record (R-AN-2 event dimension). */
    private static void classify(JdbcTemplate jdbc, String reference, String category, String specialKind) {
        jdbc.update("UPDATE complaint SET category = ?, special_kind = ? WHERE reference = ?", category, specialKind,
                reference);
    }

    private static void profile(JdbcTemplate jdbc, String reference, String segment, String ageBand) {
        jdbc.update("UPDATE complaint SET customer_segment = ?, customer_age_band = ? WHERE reference = ?", segment,
                ageBand, reference);
    }

    private static void clock(JdbcTemplate jdbc, String reference, String clock, String startedAt, String dueAt,
            String stoppedAt) {
        jdbc.update("INSERT INTO sla_clock (reference, clock, started_at, due_at, warning_at, policy_row, calendar, "
                        + "stopped_at) VALUES (?, ?, ?, ?, ?, 'report test', 'report test', ?)",
                reference, clock, at(startedAt), at(dueAt), at(startedAt), stoppedAt == null ? null : at(stoppedAt));
    }

    private static void breach(JdbcTemplate jdbc, String reference, String clock, String at) {
        jdbc.update("INSERT INTO sla_breach (reference, clock, due_at, breached_at, stage, assignee) "
                + "VALUES (?, ?, ?, ?, 'Investigation', 'handler')", reference, clock, at(at), at(at));
    }

    static OffsetDateTime at(String bankTime) {
        return LocalDateTime.parse(bankTime).atZone(BANK).toOffsetDateTime();
    }
}
