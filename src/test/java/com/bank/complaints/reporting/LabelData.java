package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: complaints of September 2022 (far from the other tests' data) whose every dimension has codes a
 * person must not read on the dashboard: channels SOCIAL_MEDIA and REGULATOR_REFERRAL, a remedy FEE_WAIVER,
 * values NOT_RECORDED (no triage, no profile), root causes. Written straight into our tables; times are the
 * bank's (Asia/Shanghai).
 *
 * <pre>
 * ref      received    channel             product           archived    category     special kind     finding            remedy              cause
 * LBL-1    2022-09-05  SOCIAL_MEDIA        CREDIT_CARD       (open, not triaged, no profile)
 * LBL-2    2022-09-06  REGULATOR_REFERRAL  INSTALLMENT_PLAN  2022-09-20  TRANSACTION  MEDIA_RISK       FACT_CLEAR         FEE_WAIVER 80.00    PROCESS:FEE_RULES_UNCLEAR
 * LBL-3    2022-09-12  APP                 CASH_INSTALLMENT  2022-09-25  SERVICE      NONE             MISUNDERSTANDING   EXPLANATION_ONLY    STAFF:WRONG_INFORMATION
 * LBL-4    2022-09-15  HOTLINE             BILL_INSTALLMENT  (open)      SECURITY     GROUP_COMPLAINT
 * </pre>
 */
public final class LabelData {

    public static final String FROM = "2022-09-01";
    public static final String TO = "2022-09-30";
    private static final ZoneId BANK = ZoneId.of("Asia/Shanghai");

    private LabelData() {
    }

    /** Writes the data set once into the shared test database. */
    public static synchronized void insertOnce(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE reference LIKE 'LBL-%'", Long.class) > 0) {
            return;
        }
        complaint(jdbc, "LBL-1", "SOCIAL_MEDIA", "CREDIT_CARD", "LBL-K1", "2022-09-05T10:00");
        complaint(jdbc, "LBL-2", "REGULATOR_REFERRAL", "INSTALLMENT_PLAN", "LBL-K2", "2022-09-06T11:00");
        profile(jdbc, "LBL-2", "AFFLUENT", "AGE_45_54");
        archive(jdbc, "LBL-2", "2022-09-20T16:00", "TRANSACTION", "MEDIA_RISK", "FACT_CLEAR", "FEE_WAIVER", "80.00", 4);
        cause(jdbc, "LBL-2", "PROCESS", "FEE_RULES_UNCLEAR", "2022-09-20T15:00");
        clock(jdbc, "LBL-2", "FIRST_RESPONSE", "2022-09-06T11:00", "2022-09-07T11:00", "2022-09-06T15:00");
        complaint(jdbc, "LBL-3", "APP", "CASH_INSTALLMENT", "LBL-K3", "2022-09-12T09:30");
        profile(jdbc, "LBL-3", "MASS", "AGE_25_34");
        archive(jdbc, "LBL-3", "2022-09-25T10:00", "SERVICE", "NONE", "MISUNDERSTANDING", "EXPLANATION_ONLY", null, 5);
        cause(jdbc, "LBL-3", "STAFF", "WRONG_INFORMATION", "2022-09-25T09:00");
        clock(jdbc, "LBL-3", "FIRST_RESPONSE", "2022-09-12T09:30", "2022-09-13T09:30", "2022-09-13T12:00");
        jdbc.update("INSERT INTO sla_breach (reference, clock, due_at, breached_at, stage, assignee) "
                + "VALUES ('LBL-3', 'FIRST_RESPONSE', ?, ?, 'Investigation', 'handler')",
                at("2022-09-13T09:30"), at("2022-09-13T09:30"));
        complaint(jdbc, "LBL-4", "HOTLINE", "BILL_INSTALLMENT", "LBL-K4", "2022-09-15T14:00");
        jdbc.update("UPDATE complaint SET category = 'SECURITY', special_kind = 'GROUP_COMPLAINT' WHERE reference = 'LBL-4'");
    }

    private static void complaint(JdbcTemplate jdbc, String reference, String channel, String product, String customer,
            String receivedAt) {
        OffsetDateTime received = at(receivedAt);
        jdbc.update("INSERT INTO complaint (reference, channel, language, customer_id, customer_name, "
                        + "card_or_contract_number, product, grievance, expected_outcome, received_at, first_response_due, "
                        + "reply_due, regulatory_due) VALUES (?, ?, 'zh', ?, 'Label Test', 'CARD-0002', ?, "
                        + "'A complaint for the labels.', 'An answer.', ?, ?, ?, ?)",
                reference, channel, customer, product, received, received.plusDays(1), received.plusDays(3),
                received.plusDays(30));
        // as intake does: listed for the reports until it is rolled into their day totals
        jdbc.update("INSERT INTO report_open (reference, received_at) VALUES (?, ?)", reference, received);
    }

    private static void profile(JdbcTemplate jdbc, String reference, String segment, String ageBand) {
        jdbc.update("UPDATE complaint SET customer_segment = ?, customer_age_band = ? WHERE reference = ?", segment,
                ageBand, reference);
    }

    private static void archive(JdbcTemplate jdbc, String reference, String archivedAt, String category, String specialKind,
            String finding, String remedy, String amount, int score) {
        jdbc.update("INSERT INTO complaint_archive (reference, archived_at, severity, category, special_kind, complexity, "
                        + "finding, remedy_type, remedy_amount, satisfaction_score, escalated, first_contact_resolved, history) "
                        + "VALUES (?, ?, 'GENERAL', ?, ?, 'SIMPLE', ?, ?, ?, ?, false, true, '{}')",
                reference, at(archivedAt), category, specialKind, finding, remedy,
                amount == null ? null : new BigDecimal(amount), score);
        jdbc.update("UPDATE complaint SET category = ?, special_kind = ? WHERE reference = ?", category, specialKind,
                reference);
    }

    private static void cause(JdbcTemplate jdbc, String reference, String axis, String cause, String recordedAt) {
        jdbc.update("INSERT INTO complaint_cause (reference, axis, cause, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, 'handler')", reference, axis, cause, at(recordedAt));
    }

    private static void clock(JdbcTemplate jdbc, String reference, String clock, String startedAt, String dueAt,
            String stoppedAt) {
        jdbc.update("INSERT INTO sla_clock (reference, clock, started_at, due_at, warning_at, policy_row, calendar, "
                        + "stopped_at) VALUES (?, ?, ?, ?, ?, 'label test', 'label test', ?)",
                reference, clock, at(startedAt), at(dueAt), at(startedAt), at(stoppedAt));
    }

    private static OffsetDateTime at(String bankTime) {
        return LocalDateTime.parse(bankTime).atZone(BANK).toOffsetDateTime();
    }
}
