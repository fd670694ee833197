package com.bank.complaints.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The sla_* tables (Flyway V3): clocks, pauses, due-date changes and breaches. */
@Repository
class ClockRepository {

    private static final String COLUMNS = "reference, clock, started_at, due_at, warning_at, policy_row, calendar, stopped_at";

    private final JdbcTemplate jdbc;

    ClockRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ClockRecord> find(String reference, SlaClock clock) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sla_clock WHERE reference = ? AND clock = ?", this::map,
                reference, clock.name()).stream().findFirst();
    }

    List<ClockRecord> all(String reference) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sla_clock WHERE reference = ? ORDER BY started_at, clock",
                this::map, reference);
    }

    void insert(ClockRecord c) {
        jdbc.update("INSERT INTO sla_clock (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", c.reference(),
                c.clock().name(), utc(c.startedAt()), utc(c.dueAt()), utc(c.warningAt()), c.policyRow(), c.calendar(),
                c.stoppedAt() == null ? null : utc(c.stoppedAt()));
    }

    void reschedule(String reference, SlaClock clock, Instant due, Instant warning, String policyRow) {
        jdbc.update("UPDATE sla_clock SET due_at = ?, warning_at = ?, policy_row = ? WHERE reference = ? AND clock = ?",
                utc(due), utc(warning), policyRow, reference, clock.name());
    }

    /** The clock does not apply to this complaint after all: stopped at its start, so no report counts it. */
    void notApplicable(String reference, SlaClock clock, String why) {
        jdbc.update("UPDATE sla_clock SET due_at = started_at, warning_at = started_at, stopped_at = started_at,"
                + " policy_row = ? WHERE reference = ? AND clock = ?", why, reference, clock.name());
    }

    void stop(String reference, SlaClock clock, Instant at) {
        jdbc.update("UPDATE sla_clock SET stopped_at = ? WHERE reference = ? AND clock = ? AND stopped_at IS NULL",
                utc(at), reference, clock.name());
    }

    void pause(String reference, SlaClock clock, Instant at) {
        jdbc.update("INSERT INTO sla_pause (reference, clock, paused_at) VALUES (?, ?, ?)", reference, clock.name(), utc(at));
    }

    /** Ends the open pause of the clock and returns when it began, if there was one. */
    Optional<Instant> resume(String reference, SlaClock clock, Instant at, Duration pausedWorkingTime) {
        List<Instant> open = jdbc.query("SELECT paused_at FROM sla_pause WHERE reference = ? AND clock = ? AND resumed_at IS NULL",
                (rs, row) -> instant(rs, "paused_at"), reference, clock.name());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("UPDATE sla_pause SET resumed_at = ?, paused_working_seconds = ? "
                        + "WHERE reference = ? AND clock = ? AND resumed_at IS NULL",
                utc(at), pausedWorkingTime.toSeconds(), reference, clock.name());
        return Optional.of(open.get(0));
    }

    Optional<Instant> openPause(String reference, SlaClock clock) {
        return jdbc.query("SELECT paused_at FROM sla_pause WHERE reference = ? AND clock = ? AND resumed_at IS NULL",
                (rs, row) -> instant(rs, "paused_at"), reference, clock.name()).stream().findFirst();
    }

    List<Map<String, Object>> pauses(String reference) {
        return jdbc.queryForList("SELECT clock, paused_at, resumed_at, paused_working_seconds FROM sla_pause "
                + "WHERE reference = ? ORDER BY paused_at", reference);
    }

    void recordDueChange(String reference, SlaClock clock, String kind, Instant oldDue, Instant newDue, String reason,
            String by, Instant at) {
        jdbc.update("INSERT INTO sla_due_change (reference, clock, kind, old_due_at, new_due_at, reason, changed_by, "
                + "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", reference, clock.name(), kind, utc(oldDue), utc(newDue),
                reason, by, utc(at));
    }

    List<Map<String, Object>> dueChanges(String reference) {
        return jdbc.queryForList("SELECT clock, kind, old_due_at, new_due_at, reason, changed_by, changed_at "
                + "FROM sla_due_change WHERE reference = ? ORDER BY changed_at, id", reference);
    }

    long countDueChanges(String reference, SlaClock clock, String kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sla_due_change WHERE reference = ? AND clock = ? AND kind = ?",
                Long.class, reference, clock.name(), kind);
    }

    /** Records a breach once: a retried job finds it recorded. */
    void recordBreach(String reference, SlaClock clock, Instant due, Instant at, String stage, String assignee) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sla_breach WHERE reference = ? AND clock = ?", Long.class,
                reference, clock.name()) == 0) {
            jdbc.update("INSERT INTO sla_breach (reference, clock, due_at, breached_at, stage, assignee) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", reference, clock.name(), utc(due), utc(at), stage, assignee);
        }
    }

    List<Map<String, Object>> breaches(String reference) {
        return jdbc.queryForList("SELECT clock, due_at, breached_at, stage, assignee FROM sla_breach WHERE reference = ? "
                + "ORDER BY breached_at", reference);
    }

    private ClockRecord map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime stopped = rs.getObject("stopped_at", OffsetDateTime.class);
        return new ClockRecord(rs.getString("reference"), SlaClock.valueOf(rs.getString("clock")),
                instant(rs, "started_at"), instant(rs, "due_at"), instant(rs, "warning_at"), rs.getString("policy_row"),
                rs.getString("calendar"), stopped == null ? null : stopped.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
