package com.bank.complaints.benchmark;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import com.bank.complaints.intake.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * Grows the database to a number of stored, closed complaints by copying a sample of real archived
 * complaints with SQL (INSERT ... SELECT), so every copy carries what the lifecycle really wrote:
 * our rows (complaint, archive, SLA clocks, notifications, the bank confirmations) and the engine's history
 * (process, activity, task and variable instances). Copy n of a complaint has its reference and
 * engine ids suffixed with -n (engine ids cut to their last 56 characters first), its times moved back by n mod 365 days (so a year of complaints) and
 * a customer shared with every 1000th copy (repeat complaints), its channel and category taken in turn from
 * every channel and seven categories (as spread as a bank's complaints); every 10th copy breached its first
 * response. Plain SQL that H2 and PostgreSQL both run. Engine history may be copied only up to a number of
 * complaints (the reports read our tables only; a million complaints' history would fill the disk here).
 */
final class Seeder {

    private static final List<String> OURS = List.of("complaint", "complaint_archive", "complaint_cause", "sla_clock",
            "notification", "bank_instruction");
    private static final List<String> HISTORY = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST");
    private static final Set<String> KEYS = Set.of("reference", "notification_key", "idempotency_key",
            "channel_message_id");
    private static final Set<String> ENGINE_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
            "act_inst_id_", "parent_act_inst_id_", "task_id_", "call_proc_inst_id_", "super_process_instance_id_",
            "business_key_");
    private static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::name).toList();
    private static final List<String> CATEGORIES = List.of("TRANSACTION", "PRODUCT", "SERVICE", "SECURITY",
            "CHARGEBACK_DISPUTE", "CONSULTATION", "OTHER");
    private static final String SHIFT = " - INTERVAL '1' DAY * MOD(b.n, 365)";

    private final JdbcTemplate jdbc;
    private final int sampleSize;
    private final int historyCopies;
    private int copies;

    Seeder(JdbcTemplate jdbc, List<String> sample) {
        this(jdbc, sample, Integer.MAX_VALUE);
    }

    /** Copies the engine's history with the first {@code historyUpTo} complaints only. */
    Seeder(JdbcTemplate jdbc, List<String> sample, int historyUpTo) {
        this.jdbc = jdbc;
        this.sampleSize = sample.size();
        this.historyCopies = historyUpTo / sample.size();
        jdbc.execute("CREATE TABLE bench_sample (reference VARCHAR(32) PRIMARY KEY, proc_inst_id VARCHAR(64) NOT NULL)");
        jdbc.execute("CREATE TABLE bench_copy (n INTEGER PRIMARY KEY)");
        for (String reference : sample) {
            jdbc.update("INSERT INTO bench_sample SELECT BUSINESS_KEY_, PROC_INST_ID_ FROM ACT_HI_PROCINST"
                    + " WHERE BUSINESS_KEY_ = ?", reference);
        }
    }

    /** Copies the sample until about {@code complaints} closed complaints are stored. */
    void growTo(int complaints) {
        int target = Math.max(copies, complaints / sampleSize - 1);
        jdbc.batchUpdate("INSERT INTO bench_copy (n) VALUES (?)", IntStream.rangeClosed(copies + 1, target)
                .mapToObj(n -> new Object[] {n}).toList());
        for (String table : OURS) {
            copy(table, "s.reference = t.reference", target);
        }
        // as intake does: every copy is listed for the reports until the roll-up adds it to the day totals
        jdbc.update("INSERT INTO report_open (reference, received_at) SELECT t.reference || '-' || b.n, t.received_at"
                + SHIFT + " FROM complaint t JOIN bench_sample s ON s.reference = t.reference"
                + " CROSS JOIN bench_copy b WHERE b.n > ? AND b.n <= ?", copies, target);
        jdbc.update("INSERT INTO sla_breach (reference, clock, due_at, breached_at, stage, assignee)"
                + " SELECT t.reference || '-' || b.n, t.clock, t.due_at" + SHIFT + ", t.due_at" + SHIFT
                + ", 'Investigation', 'handler' FROM sla_clock t JOIN bench_sample s ON s.reference = t.reference"
                + " CROSS JOIN bench_copy b WHERE b.n > ? AND MOD(b.n, 10) = 0 AND t.clock = 'FIRST_RESPONSE'", copies);
        for (String table : HISTORY) {
            copy(table, "s.proc_inst_id = t.PROC_INST_ID_", Math.min(target, historyCopies));
        }
        copies = target;
    }

    /** History rows one closed complaint wrote, as copied. */
    long historyRowsPerComplaint() {
        return HISTORY.stream().mapToLong(table -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table
                + " t JOIN bench_sample s ON s.proc_inst_id = t.PROC_INST_ID_", Long.class)).sum() / sampleSize;
    }

    /** Copies the sample's rows of the table for copies after those made so far, up to {@code last}. */
    private void copy(String table, String sampleJoin, int last) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", (ResultSetExtractor<Void>) rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                if (!column.equals("id") || table.startsWith("ACT_")) {
                    columns.add(column);
                    values.add(copied(table, column, meta.getColumnType(i)));
                }
            }
            return null;
        });
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", values) + " FROM " + table + " t JOIN bench_sample s ON " + sampleJoin
                + " CROSS JOIN bench_copy b WHERE b.n > ? AND b.n <= ?", copies, last);
    }

    private static String copied(String table, String column, int type) {
        String value = "t." + column;
        // spread over every channel and category, so the reports' day totals hold as many rows as a bank's would
        if (table.equals("complaint") && column.equals("channel")) {
            return spread(CHANNELS, "MOD(b.n, " + CHANNELS.size() + ")");
        }
        if ((table.equals("complaint") || table.equals("complaint_archive")) && column.equals("category")) {
            return spread(CATEGORIES, "MOD(b.n / " + CHANNELS.size() + ", " + CATEGORIES.size() + ")");
        }
        if (table.startsWith("ACT_")) {
            // ids end in a UUID and may fill their 64 characters (activityId:uuid): the suffix replaces the front
            return ENGINE_IDS.contains(column) ? "RIGHT(" + value + ", 56) || '-' || b.n" : value;
        }
        if (KEYS.contains(column)) {
            return value + " || '-' || b.n";
        }
        if (column.equals("customer_id")) {
            return value + " || '-' || MOD(b.n, 1000)";
        }
        return type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE ? value + SHIFT : value;
    }

    /** The SQL of the value at {@code index} (an expression over the copy's number) in {@code values}. */
    private static String spread(List<String> values, String index) {
        StringBuilder choice = new StringBuilder("CASE " + index);
        for (int i = 0; i < values.size(); i++) {
            choice.append(" WHEN ").append(i).append(" THEN '").append(values.get(i)).append("'");
        }
        return choice.append(" END").toString();
    }
}
