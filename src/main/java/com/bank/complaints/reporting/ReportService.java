package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.bank.complaints.sla.SlaClock;
import com.bank.complaints.system.BusinessTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-AN-1..3: the figures of the dashboard and the report API, read from our own tables (complaint,
 * complaint_archive, sla_clock, sla_breach) with plain SQL that H2 and PostgreSQL both run. Days,
 * weeks and months are the bank's (BusinessTime.zone()): periods become instants here, and trend
 * buckets are counted in Java rather than with a database's date functions.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /** Complaints received in the period (every filter is on the complaint row: no join needed). */
    private static final String RECEIVED = " FROM complaint c WHERE c.received_at >= ? AND c.received_at < ?";
    /** Complaints closed (archived) in the period. */
    private static final String CLOSED = " FROM complaint_archive a JOIN complaint c ON c.reference = a.reference"
            + " WHERE a.archived_at >= ? AND a.archived_at < ?";
    private static final int[] SCORES = {1, 2, 3, 4, 5};

    private final JdbcTemplate jdbc;
    private final BusinessTime time;
    private final int repeatWindowDays;

    ReportService(JdbcTemplate jdbc, BusinessTime time,
            @Value("${complaints.reporting.repeat-window-days:90}") int repeatWindowDays) {
        this.jdbc = jdbc;
        this.time = time;
        this.repeatWindowDays = repeatWindowDays;
    }

    public Kpis kpis(ReportQuery q) {
        long received = count(RECEIVED, q);
        long closed = count(CLOSED, q);
        Map<String, Rate> clocks = onTimeByClock(q);
        Rate firstContact = firstContactResolution(q);
        Rate repeat = repeatComplaints(q);
        Map<Integer, Long> scores = satisfactionScores(q);
        long rated = scores.values().stream().mapToLong(Long::longValue).sum();
        long scoreSum = scores.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        long promoters = scores.entrySet().stream().filter(e -> e.getKey() >= 4).mapToLong(Map.Entry::getValue).sum();
        long detractors = scores.entrySet().stream().filter(e -> e.getKey() <= 2).mapToLong(Map.Entry::getValue).sum();
        Rate promoterShare = Rate.of(promoters, rated);
        Rate detractorShare = Rate.of(detractors, rated);
        Map<String, Long> scoreCounts = new LinkedHashMap<>();
        for (int score : SCORES) {
            scoreCounts.put(String.valueOf(score), scores.getOrDefault(score, 0L));
        }
        return new Kpis(q, received, closed, clocks.get(SlaClock.FIRST_RESPONSE.name()), clocks, firstContact,
                repeatWindowDays, repeat, rated, average(scoreSum, rated), promoterShare, detractorShare,
                Rate.ratio(promoters - detractors, rated), scoreCounts,
                breachesByClock(q));
    }

    public Trend trend(ReportQuery q, Bucket bucket) {
        Map<LocalDate, long[]> counts = new TreeMap<>();
        for (LocalDate start = bucket.start(q.from()); !start.isAfter(q.to()); start = bucket.next(start)) {
            counts.put(start, new long[2]);
        }
        Filter received = filter("SELECT c.received_at" + RECEIVED, q);
        jdbc.query(received.sql(), rs -> {
            counts.get(bucket.start(day(rs, "received_at", q)))[0]++;
        }, received.args());
        Filter closed = filter("SELECT a.archived_at" + CLOSED, q);
        jdbc.query(closed.sql(), rs -> {
            counts.get(bucket.start(day(rs, "archived_at", q)))[1]++;
        }, closed.args());
        List<Trend.Point> points = new ArrayList<>();
        counts.forEach((start, c) -> {
            LocalDate first = start.isBefore(q.from()) ? q.from() : start;
            LocalDate last = bucket.next(start).minusDays(1);
            points.add(new Trend.Point(bucket.label(start), first, last.isAfter(q.to()) ? q.to() : last, c[0], c[1]));
        });
        return new Trend(q, bucket, points);
    }

    public Dimensions dimensions(ReportQuery q) {
        List<Dimensions.Count> perCustomer = complaintsPerCustomer(q);
        return new Dimensions(q, counts("c.channel", RECEIVED, q), counts("c.product", RECEIVED, q),
                counts("c.category", RECEIVED, q), counts("c.special_kind", RECEIVED, q),
                counts("c.customer_segment", RECEIVED, q), counts("c.customer_age_band", RECEIVED, q),
                counts("a.finding", CLOSED, q), remedies(q), perCustomer);
    }

    /** The categories triage has given, for the dashboard's filter. */
    public List<String> categories() {
        return jdbc.queryForList("SELECT DISTINCT category FROM complaint WHERE category IS NOT NULL "
                + "ORDER BY category", String.class);
    }

    public int repeatWindowDays() {
        return repeatWindowDays;
    }

    private long count(String basis, ReportQuery q) {
        Filter f = filter("SELECT COUNT(*)" + basis, q);
        return jdbc.queryForObject(f.sql(), Long.class, f.args());
    }

    /** Per clock of the complaints received: stopped at or before due, of stopped or overdue. */
    private Map<String, Rate> onTimeByClock(ReportQuery q) {
        Filter f = filter("SELECT k.clock,"
                + " SUM(CASE WHEN k.stopped_at IS NOT NULL AND k.stopped_at <= k.due_at THEN 1 ELSE 0 END) AS met,"
                + " SUM(CASE WHEN k.stopped_at IS NOT NULL OR k.due_at < ? THEN 1 ELSE 0 END) AS counted"
                + " FROM sla_clock k JOIN complaint c ON c.reference = k.reference"
                + " WHERE c.received_at >= ? AND c.received_at < ? AND k.policy_row NOT LIKE 'not applicable%'", q,
                utc(time.now()));
        Map<String, Rate> rates = new LinkedHashMap<>();
        for (SlaClock clock : SlaClock.values()) {
            rates.put(clock.name(), Rate.of(0, 0));
        }
        jdbc.query(f.sql() + " GROUP BY k.clock", rs -> {
            rates.put(rs.getString("clock"), Rate.of(rs.getLong("met"), rs.getLong("counted")));
        }, f.args());
        return rates;
    }

    private Rate firstContactResolution(ReportQuery q) {
        Filter f = filter("SELECT SUM(CASE WHEN a.first_contact_resolved = TRUE THEN 1 ELSE 0 END) AS resolved,"
                + " COUNT(a.first_contact_resolved) AS recorded" + CLOSED, q);
        return jdbc.queryForObject(f.sql(), (rs, row) -> Rate.of(rs.getLong("resolved"), rs.getLong("recorded")),
                f.args());
    }

    /**
     * Received complaints whose customer made another complaint in the window before, counted by the
     * database in one pass: each complaint of the period and the window before it with the time of its
     * customer's previous complaint (LAG), then the period's complaints whose previous one is recent.
     */
    private Rate repeatComplaints(ReportQuery q) {
        Filter f = filter("SELECT COUNT(*) AS received, SUM(CASE WHEN c.previous_at < c.received_at AND c.previous_at >= "
                + "c.received_at - INTERVAL '" + repeatWindowDays + "' DAY THEN 1 ELSE 0 END) AS repeats FROM ("
                + "SELECT k.channel, k.category, k.received_at, LAG(k.received_at) OVER (PARTITION BY k.customer_id "
                + "ORDER BY k.received_at, k.reference) AS previous_at FROM complaint k "
                + "WHERE k.received_at >= ? AND k.received_at < ?) c WHERE c.received_at >= ? AND c.received_at < ?", q,
                utc(q.start().minus(Duration.ofDays(repeatWindowDays))), utc(q.end()));
        return jdbc.queryForObject(f.sql(), (rs, row) -> Rate.of(rs.getLong("repeats"), rs.getLong("received")), f.args());
    }

    /** Customers by how many complaints they made in the period, counted by the database. */
    private List<Dimensions.Count> complaintsPerCustomer(ReportQuery q) {
        Filter f = filter("SELECT COUNT(*) AS n" + RECEIVED, q);
        return jdbc.query("SELECT per.n AS complaints, COUNT(*) AS customers FROM (" + f.sql() + " GROUP BY c.customer_id)"
                + " per GROUP BY per.n ORDER BY per.n", (rs, row) -> new Dimensions.Count(
                        String.valueOf(rs.getLong("complaints")), rs.getLong("customers")), f.args());
    }

    private Map<Integer, Long> satisfactionScores(ReportQuery q) {
        Filter f = filter("SELECT a.satisfaction_score AS score, COUNT(*) AS n" + CLOSED, q);
        Map<Integer, Long> scores = new TreeMap<>();
        jdbc.query(f.sql() + " AND a.satisfaction_score IS NOT NULL GROUP BY a.satisfaction_score",
                rs -> {
                    scores.put(rs.getInt("score"), rs.getLong("n"));
                }, f.args());
        return scores;
    }

    private Map<String, Long> breachesByClock(ReportQuery q) {
        Filter f = filter("SELECT b.clock, COUNT(*) AS n FROM sla_breach b JOIN complaint c ON c.reference = b.reference"
                + " WHERE b.breached_at >= ? AND b.breached_at < ?", q);
        Map<String, Long> breaches = new LinkedHashMap<>();
        Arrays.stream(SlaClock.values()).forEach(clock -> breaches.put(clock.name(), 0L));
        jdbc.query(f.sql() + " GROUP BY b.clock", rs -> {
            breaches.put(rs.getString("clock"), rs.getLong("n"));
        }, f.args());
        return breaches;
    }

    /** Complaints by a column, most frequent first. */
    private List<Dimensions.Count> counts(String column, String basis, ReportQuery q) {
        Filter f = filter("SELECT " + column + " AS v, COUNT(*) AS n" + basis, q);
        return sorted(jdbc.query(f.sql() + " GROUP BY " + column, (rs, row) ->
                new Dimensions.Count(valueOrNotRecorded(rs.getString("v")), rs.getLong("n")), f.args()),
                Dimensions.Count::count, Dimensions.Count::value);
    }

    private List<Dimensions.RemedyCount> remedies(ReportQuery q) {
        Filter f = filter("SELECT a.remedy_type AS v, COUNT(*) AS n, SUM(a.remedy_amount) AS amount,"
                + " COUNT(a.satisfaction_score) AS rated, SUM(a.satisfaction_score) AS score_sum" + CLOSED, q);
        return sorted(jdbc.query(f.sql() + " GROUP BY a.remedy_type", (rs, row) -> {
            BigDecimal amount = rs.getBigDecimal("amount");
            long rated = rs.getLong("rated");
            return new Dimensions.RemedyCount(valueOrNotRecorded(rs.getString("v")), rs.getLong("n"),
                    (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP), rated,
                    average(rs.getLong("score_sum"), rated));
        }, f.args()), Dimensions.RemedyCount::count, Dimensions.RemedyCount::value);
    }

    private static <T> List<T> sorted(List<T> rows, Function<T, Long> count, Function<T, String> value) {
        return rows.stream().sorted(Comparator.comparing(count, Comparator.reverseOrder()).thenComparing(value)).toList();
    }

    private static String valueOrNotRecorded(String value) {
        return value == null ? Dimensions.NOT_RECORDED : value;
    }

    private static BigDecimal average(long sum, long n) {
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    private static LocalDate day(ResultSet rs, String column, ReportQuery q) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).atZoneSameInstant(q.zone()).toLocalDate();
    }

    /**
     * The statement with the period's bounds and the request's filters appended as parameters;
     * {@code leading} are parameters that come before the period's in the statement.
     */
    private static Filter filter(String sql, ReportQuery q, Object... leading) {
        StringBuilder statement = new StringBuilder(sql);
        List<Object> args = new ArrayList<>(Arrays.asList(leading));
        args.add(utc(q.start()));
        args.add(utc(q.end()));
        if (q.channel() != null) {
            statement.append(" AND c.channel = ?");
            args.add(q.channel());
        }
        if (q.category() != null) {
            statement.append(" AND c.category = ?");
            args.add(q.category());
        }
        return new Filter(statement.toString(), args.toArray());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Filter(String sql, Object[] args) {
    }
}
