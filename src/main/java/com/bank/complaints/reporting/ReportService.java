package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.bank.complaints.sla.SlaClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-AN-1..3: the figures of the dashboard and the report API. Days, weeks and months are the bank's
 * (BusinessTime.zone()). The figures come from the day totals of closed complaints and the complaints not rolled
 * up yet ({@link DayTotals}), read in one snapshot; customers by their number of complaints are counted from the
 * complaint table, since a customer's complaints in a period do not add up day by day.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ReportService {

    /** Complaints received in the period (every filter is on the complaint row: no join needed). */
    private static final String RECEIVED = " FROM complaint c WHERE c.received_at >= ? AND c.received_at < ?";
    private static final int[] SCORES = {1, 2, 3, 4, 5};

    private final JdbcTemplate jdbc;
    private final DayTotals totals;
    private final int repeatWindowDays;

    ReportService(JdbcTemplate jdbc, DayTotals totals,
            @Value("${complaints.reporting.repeat-window-days:90}") int repeatWindowDays) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.repeatWindowDays = repeatWindowDays;
    }

    public Kpis kpis(ReportQuery q) {
        PeriodTotals t = totals.items(q);
        long received = t.count(CaseFacts.RECEIVED, CaseFacts.ALL, "");
        Map<String, Rate> clocks = new LinkedHashMap<>();
        Map<String, Long> breaches = new LinkedHashMap<>();
        for (SlaClock clock : SlaClock.values()) {
            Sums sums = t.items(CaseFacts.RECEIVED, CaseFacts.CLOCK).getOrDefault(clock.name(), new Sums());
            clocks.put(clock.name(), Rate.of(sums.met, sums.counted));
            breaches.put(clock.name(), t.count(CaseFacts.BREACHED, CaseFacts.BREACH, clock.name()));
        }
        long resolved = t.count(CaseFacts.CLOSED, CaseFacts.FIRST_CONTACT, "true");
        Rate firstContact = Rate.of(resolved, resolved + t.count(CaseFacts.CLOSED, CaseFacts.FIRST_CONTACT, "false"));
        Rate repeat = Rate.of(t.count(CaseFacts.RECEIVED, CaseFacts.REPEAT, ""), received);
        Map<String, Long> scoreCounts = new LinkedHashMap<>();
        long rated = 0;
        long scoreSum = 0;
        long promoters = 0;
        long detractors = 0;
        for (int score : SCORES) {
            long n = t.count(CaseFacts.CLOSED, CaseFacts.SCORE, String.valueOf(score));
            scoreCounts.put(String.valueOf(score), n);
            rated += n;
            scoreSum += score * n;
            promoters += score >= 4 ? n : 0;
            detractors += score <= 2 ? n : 0;
        }
        return new Kpis(q, received, t.count(CaseFacts.CLOSED, CaseFacts.ALL, ""),
                clocks.get(SlaClock.FIRST_RESPONSE.name()), clocks, firstContact, repeatWindowDays, repeat, rated,
                average(scoreSum, rated), Rate.of(promoters, rated), Rate.of(detractors, rated),
                Rate.ratio(promoters - detractors, rated), scoreCounts, breaches);
    }

    public Trend trend(ReportQuery q, Bucket bucket) {
        Map<LocalDate, long[]> counts = new TreeMap<>();
        for (LocalDate start = bucket.start(q.from()); !start.isAfter(q.to()); start = bucket.next(start)) {
            counts.put(start, new long[2]);
        }
        totals.days(q).days().forEach((day, n) -> {
            long[] bucketCounts = counts.get(bucket.start(day));
            bucketCounts[0] += n[0];
            bucketCounts[1] += n[1];
        });
        List<Trend.Point> points = new ArrayList<>();
        counts.forEach((start, c) -> {
            LocalDate first = start.isBefore(q.from()) ? q.from() : start;
            LocalDate last = bucket.next(start).minusDays(1);
            points.add(new Trend.Point(bucket.label(start), first, last.isAfter(q.to()) ? q.to() : last, c[0], c[1]));
        });
        return new Trend(q, bucket, points);
    }

    public Dimensions dimensions(ReportQuery q) {
        PeriodTotals t = totals.items(q);
        List<Dimensions.Count> perCustomer = complaintsPerCustomer(q);
        return new Dimensions(q, counts(t, CaseFacts.RECEIVED, CaseFacts.CHANNEL),
                counts(t, CaseFacts.RECEIVED, CaseFacts.PRODUCT), counts(t, CaseFacts.RECEIVED, CaseFacts.CATEGORY),
                counts(t, CaseFacts.RECEIVED, CaseFacts.SPECIAL_KIND), counts(t, CaseFacts.RECEIVED, CaseFacts.SEGMENT),
                counts(t, CaseFacts.RECEIVED, CaseFacts.AGE_BAND), counts(t, CaseFacts.CLOSED, CaseFacts.FINDING),
                remedies(t), perCustomer);
    }

    /** The categories triage has given, for the dashboard's filter: those in the totals and the listed complaints'. */
    public List<String> categories() {
        return jdbc.queryForList("SELECT category FROM report_month WHERE category <> '' UNION SELECT c.category "
                + "FROM report_open o JOIN complaint c ON c.reference = o.reference WHERE c.category IS NOT NULL "
                + "ORDER BY category", String.class);
    }

    public int repeatWindowDays() {
        return repeatWindowDays;
    }

    /** Customers by how many complaints they made in the period, counted by the database. */
    private List<Dimensions.Count> complaintsPerCustomer(ReportQuery q) {
        Filter f = filter("SELECT COUNT(*) AS n" + RECEIVED, q);
        return jdbc.query("SELECT per.n AS complaints, COUNT(*) AS customers FROM (" + f.sql() + " GROUP BY c.customer_id)"
                + " per GROUP BY per.n ORDER BY per.n", (rs, row) -> new Dimensions.Count(
                        String.valueOf(rs.getLong("complaints")), rs.getLong("customers")), f.args());
    }

    /** Complaints by the items of a dimension, most frequent first. */
    private static List<Dimensions.Count> counts(PeriodTotals t, String basis, String dimension) {
        return sorted(t.items(basis, dimension).entrySet().stream().map(e ->
                new Dimensions.Count(valueOrNotRecorded(e.getKey()), e.getValue().n)).toList(),
                Dimensions.Count::count, Dimensions.Count::value);
    }

    private static List<Dimensions.RemedyCount> remedies(PeriodTotals t) {
        return sorted(t.items(CaseFacts.CLOSED, CaseFacts.REMEDY).entrySet().stream().map(e -> {
            Sums s = e.getValue();
            return new Dimensions.RemedyCount(valueOrNotRecorded(e.getKey()), s.n,
                    s.amount.setScale(2, RoundingMode.HALF_UP), s.rated, average(s.scoreSum, s.rated));
        }).toList(), Dimensions.RemedyCount::count, Dimensions.RemedyCount::value);
    }

    private static <T> List<T> sorted(List<T> rows, Function<T, Long> count, Function<T, String> value) {
        return rows.stream().sorted(Comparator.comparing(count, Comparator.reverseOrder()).thenComparing(value)).toList();
    }

    private static String valueOrNotRecorded(String value) {
        return value.isEmpty() ? Dimensions.NOT_RECORDED : value;
    }

    private static BigDecimal average(long sum, long n) {
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    /** The statement with the period's bounds and the request's filters appended as parameters. */
    private static Filter filter(String sql, ReportQuery q) {
        List<Object> args = new ArrayList<>(List.of(utc(q.start()), utc(q.end())));
        String statement = sql + q.filters("c.", args);
        return new Filter(statement, args.toArray());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Filter(String sql, Object[] args) {
    }
}
