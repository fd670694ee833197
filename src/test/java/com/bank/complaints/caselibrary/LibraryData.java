package com.bank.complaints.caselibrary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closed cases of June 2024 for the case library, written straight into our tables (the root
 * causes and cause summary as the handler's "Record root cause" step writes them). Every text holds
 * the word "libcase", which no other test uses, so a search for it sees these cases only.
 *
 * <pre>
 * ref      product           category     remedy            cause                   closed
 * LIB-L1   CREDIT_CARD       TRANSACTION  REFUND 100.00     SYSTEM:POSTING_ERROR    2024-06-10
 * LIB-L2   INSTALLMENT_PLAN  SERVICE      EXPLANATION_ONLY  STAFF:WRONG_ADVICE      2024-06-12
 * LIB-L3   CREDIT_CARD       TRANSACTION  FEE_WAIVER 50.00  PROCESS:UNCLEAR_NOTICE  2024-06-14
 * LIB-L4   CREDIT_CARD       (open)
 * </pre>
 */
final class LibraryData {

    static final String TOKEN = "libcase";
    /** Zhao Lei's personal data, all of it in his own words in LIB-L1. */
    static final String[] ZHAO_LEI = {"Zhao Lei", "13711112222", "137 1111 2222", "zhao.lei@example.com",
            "6222 0000 1111 2222", "6222000011112222", "K-LIB-001"};
    static final String[] WANG_FANG = {"王芳", "13922223333", "139-2222-3333", "INST-2024-000111", "K-LIB-002"};
    private static final ZoneId BANK = ZoneId.of("Asia/Shanghai");

    private LibraryData() {
    }

    static synchronized void insertOnce(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE reference LIKE 'LIB-%'", Long.class) > 0) {
            return;
        }
        complaint(jdbc, "LIB-L1", "CREDIT_CARD", "K-LIB-001", "Zhao Lei", "13711112222", "zhao.lei@example.com",
                "6222000011112222", "2024-06-01T10:00",
                "Zhao Lei here (libcase): the annual fee was charged twice. Call 137 1111 2222 or "
                        + "zhao.lei@example.com, card 6222 0000 1111 2222.",
                "Refund 100% of the second fee to Zhao Lei.");
        archive(jdbc, "LIB-L1", "2024-06-10T10:00", "TRANSACTION", "FACT_CLEAR", "REFUND", "100.00", 5,
                "Posting batch ran twice for Zhao Lei's card",
                "{\"steps\":[{\"activity\":\"Task_InvestigateComplaint\",\"name\":\"Investigate complaint\","
                        + "\"assignee\":\"hdl-zhou\",\"start\":\"2024-06-02T10:00:00Z\",\"end\":\"2024-06-03T10:00:00Z\"},"
                        + "{\"activity\":\"Task_ArchiveComplaint\",\"name\":\"Archive complaint\",\"assignee\":null,"
                        + "\"start\":\"2024-06-10T10:00:00Z\",\"end\":\"2024-06-10T10:00:00Z\"}],"
                        + "\"variables\":{\"customerName\":\"Zhao Lei\",\"customerPhone\":\"13711112222\"}}");
        cause(jdbc, "LIB-L1", "SYSTEM", "POSTING_ERROR", "2024-06-09T10:00");

        complaint(jdbc, "LIB-L2", "INSTALLMENT_PLAN", "K-LIB-002", "王芳", "13922223333", null, "INST-2024-000111",
                "2024-06-02T10:00", "libcase 客户王芳说分期利率与宣传不符，合同INST-2024-000111，电话 139-2222-3333。",
                "王芳希望按宣传利率重新计算。");
        archive(jdbc, "LIB-L2", "2024-06-12T10:00", "SERVICE", "MISUNDERSTANDING", "EXPLANATION_ONLY", null, 3,
                "Agent misread the plan terms", "{\"steps\":[]}");
        cause(jdbc, "LIB-L2", "STAFF", "WRONG_ADVICE", "2024-06-11T10:00");

        complaint(jdbc, "LIB-L3", "CREDIT_CARD", "K-LIB-003", "Li Ming", "13633334444", "li.ming@example.com",
                "6222000033334444", "2024-06-03T10:00", "libcase: a late fee although I paid on time.",
                "Waive the libcase late fee.");
        archive(jdbc, "LIB-L3", "2024-06-14T10:00", "TRANSACTION", "FACT_CLEAR", "FEE_WAIVER", "50.00", 4,
                "Fee notice unclear", "{\"steps\":[]}");
        cause(jdbc, "LIB-L3", "PROCESS", "UNCLEAR_NOTICE", "2024-06-13T10:00");

        complaint(jdbc, "LIB-L4", "CREDIT_CARD", "K-LIB-004", "Sun Li", "13544445555", null, "6222000044445555",
                "2024-06-04T10:00", "libcase still open.", "An answer.");
    }

    private static void complaint(JdbcTemplate jdbc, String reference, String product, String customer, String name,
            String phone, String email, String card, String receivedAt, String grievance, String expected) {
        OffsetDateTime received = at(receivedAt);
        jdbc.update("INSERT INTO complaint (reference, channel, language, customer_id, customer_name, customer_phone, "
                        + "customer_email, card_or_contract_number, product, grievance, expected_outcome, received_at, "
                        + "first_response_due, reply_due, regulatory_due) VALUES (?, 'APP', 'en', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reference, customer, name, phone, email, card, product, grievance, expected, received,
                received.plusDays(1), received.plusDays(3), received.plusDays(30));
        // as intake does: listed for the reports until it is rolled into their day totals
        jdbc.update("INSERT INTO report_open (reference, received_at) VALUES (?, ?)", reference, received);
    }

    private static void archive(JdbcTemplate jdbc, String reference, String archivedAt, String category, String finding,
            String remedy, String amount, int score, String causeSummary, String history) {
        jdbc.update("INSERT INTO complaint_archive (reference, archived_at, severity, category, special_kind, complexity, "
                        + "finding, remedy_type, remedy_amount, satisfaction_score, escalated, first_contact_resolved, "
                        + "cause_summary, history) VALUES (?, ?, 'GENERAL', ?, 'NONE', 'SIMPLE', ?, ?, ?, ?, FALSE, TRUE, ?, ?)",
                reference, at(archivedAt), category, finding, remedy, amount == null ? null : new BigDecimal(amount), score,
                causeSummary, history);
    }

    private static void cause(JdbcTemplate jdbc, String reference, String axis, String cause, String recordedAt) {
        jdbc.update("INSERT INTO complaint_cause (reference, axis, cause, recorded_at, recorded_by) VALUES (?, ?, ?, ?, 'handler')",
                reference, axis, cause, at(recordedAt));
    }

    private static OffsetDateTime at(String bankTime) {
        return LocalDateTime.parse(bankTime).atZone(BANK).toOffsetDateTime();
    }
}
