package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts complaints into day totals from what they record (complaint, archive, clocks, breaches): the roll-up
 * counts closed complaints this way into report_day, and a report counts the complaints not rolled up yet the
 * same way, so a complaint adds the same figures before and after its roll-up.
 */
@Component
class CaseFacts {

    static final String RECEIVED = "RECEIVED";
    static final String CLOSED = "CLOSED";
    static final String BREACHED = "BREACHED";

    static final String ALL = "all";
    static final String CHANNEL = "channel";
    static final String PRODUCT = "product";
    static final String CATEGORY = "category";
    static final String SPECIAL_KIND = "specialKind";
    static final String SEGMENT = "customerSegment";
    static final String AGE_BAND = "customerAgeBand";
    /** The customer complained before, within the repeat window. */
    static final String REPEAT = "repeat";
    static final String CLOCK = "clock";
    static final String FINDING = "finding";
    static final String REMEDY = "remedy";
    static final String SCORE = "score";
    static final String FIRST_CONTACT = "firstContact";
    static final String BREACH = "breach";

    private final NamedParameterJdbcTemplate jdbc;

    CaseFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which complaints to count: {@code complaints} selects from complaint c, {@link #references} the rows of
     * another table by their reference column; each reads its table by an index.
     */
    record Scope(String complaints, String references, MapSqlParameterSource parameters) {

        /** The complaints named, received between {@code first} and {@code last} (both included). */
        static Scope of(List<String> references, Instant first, Instant last) {
            return new Scope("c.received_at >= :first AND c.received_at <= :last AND c.reference IN (:references)",
                    "IN (:references)", new MapSqlParameterSource("references", references)
                            .addValue("first", first.atOffset(ZoneOffset.UTC)).addValue("last", last.atOffset(ZoneOffset.UTC)));
        }

        /** The complaints not rolled up yet that were received before {@code end}. */
        static Scope notRolledUp(Instant end) {
            String listed = "IN (SELECT o.reference FROM report_open o WHERE o.received_at < :end)";
            return new Scope("c.reference " + listed, listed,
                    new MapSqlParameterSource("end", end.atOffset(ZoneOffset.UTC)));
        }

        String on(String column) {
            return column + " " + references;
        }
    }

    /**
     * The day totals of the complaints in scope. A clock counts when it stopped or is overdue at {@code now};
     * a complaint repeats one of its customer's received within {@code repeatWindowDays} before it.
     */
    Map<DayKey, Sums> totals(Scope scope, ZoneId zone, int repeatWindowDays, Instant now) {
        Map<String, List<Clock>> clocks = new HashMap<>();
        jdbc.query("SELECT k.reference, k.clock, k.due_at, k.stopped_at FROM sla_clock k WHERE " + scope.on("k.reference")
                + " AND k.policy_row NOT LIKE 'not applicable%'", scope.parameters(), rs -> {
                    clocks.computeIfAbsent(rs.getString("reference"), r -> new ArrayList<>()).add(
                            new Clock(rs.getString("clock"), instant(rs, "due_at"), instant(rs, "stopped_at")));
                });
        Map<String, List<Breach>> breaches = new HashMap<>();
        jdbc.query("SELECT b.reference, b.clock, b.breached_at FROM sla_breach b WHERE " + scope.on("b.reference"),
                scope.parameters(), rs -> {
                    breaches.computeIfAbsent(rs.getString("reference"), r -> new ArrayList<>()).add(
                            new Breach(rs.getString("clock"), instant(rs, "breached_at")));
                });
        Map<DayKey, Sums> totals = new HashMap<>();
        Duration window = Duration.ofDays(repeatWindowDays);
        jdbc.query("SELECT c.reference, c.channel, c.category, c.product, c.special_kind, c.customer_segment, "
                + "c.customer_age_band, c.received_at, (SELECT MAX(p.received_at) FROM complaint p "
                + "WHERE p.customer_id = c.customer_id AND p.received_at < c.received_at) AS previous_at, "
                + "a.archived_at, a.finding, a.remedy_type, a.remedy_amount, a.satisfaction_score, "
                + "a.first_contact_resolved FROM complaint c LEFT JOIN complaint_archive a ON a.reference = c.reference "
                + "WHERE " + scope.complaints(),
                scope.parameters(), rs -> {
                    Counter count = new Counter(totals, zone, rs.getString("channel"), rs.getString("category"));
                    Instant receivedAt = instant(rs, "received_at");
                    LocalDate received = count.day(receivedAt);
                    count.add(received, RECEIVED, ALL, "");
                    count.add(received, RECEIVED, CHANNEL, rs.getString("channel"));
                    count.add(received, RECEIVED, PRODUCT, rs.getString("product"));
                    count.add(received, RECEIVED, CATEGORY, rs.getString("category"));
                    count.add(received, RECEIVED, SPECIAL_KIND, rs.getString("special_kind"));
                    count.add(received, RECEIVED, SEGMENT, rs.getString("customer_segment"));
                    count.add(received, RECEIVED, AGE_BAND, rs.getString("customer_age_band"));
                    Instant previous = instant(rs, "previous_at");
                    if (previous != null && !previous.isBefore(receivedAt.minus(window))) {
                        count.add(received, RECEIVED, REPEAT, "");
                    }
                    String reference = rs.getString("reference");
                    for (Clock clock : clocks.getOrDefault(reference, List.of())) {
                        Sums sums = count.add(received, RECEIVED, CLOCK, clock.clock());
                        sums.met += clock.stopped() != null && !clock.stopped().isAfter(clock.due()) ? 1 : 0;
                        sums.counted += clock.stopped() != null || clock.due().isBefore(now) ? 1 : 0;
                    }
                    for (Breach breach : breaches.getOrDefault(reference, List.of())) {
                        count.add(count.day(breach.at()), BREACHED, BREACH, breach.clock());
                    }
                    Instant archivedAt = instant(rs, "archived_at");
                    if (archivedAt != null) {
                        closed(rs, count, count.day(archivedAt));
                    }
                });
        return totals;
    }

    private static void closed(ResultSet rs, Counter count, LocalDate archived) throws SQLException {
        count.add(archived, CLOSED, ALL, "");
        count.add(archived, CLOSED, FINDING, rs.getString("finding"));
        Integer score = rs.getObject("satisfaction_score", Integer.class);
        Sums remedy = count.add(archived, CLOSED, REMEDY, rs.getString("remedy_type"));
        BigDecimal amount = rs.getBigDecimal("remedy_amount");
        remedy.amount = amount == null ? remedy.amount : remedy.amount.add(amount);
        if (score != null) {
            remedy.rated++;
            remedy.scoreSum += score;
            count.add(archived, CLOSED, SCORE, String.valueOf(score));
        }
        Boolean firstContact = rs.getObject("first_contact_resolved", Boolean.class);
        if (firstContact != null) {
            count.add(archived, CLOSED, FIRST_CONTACT, String.valueOf(firstContact));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Adds one complaint's counts to the totals under its channel and category. */
    private record Counter(Map<DayKey, Sums> totals, ZoneId zone, String channel, String category) {

        /** The bank's day of the instant. */
        LocalDate day(Instant at) {
            return at.atZone(zone).toLocalDate();
        }

        Sums add(LocalDate day, String basis, String dimension, String item) {
            Sums sums = totals.computeIfAbsent(new DayKey(day, basis, channel, category, dimension, item),
                    key -> new Sums());
            sums.n++;
            return sums;
        }
    }

    private record Clock(String clock, Instant due, Instant stopped) {
    }

    private record Breach(String clock, Instant at) {
    }
}
