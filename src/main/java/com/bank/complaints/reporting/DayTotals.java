package com.bank.complaints.reporting;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.bank.complaints.intake.ComplaintRegistered;
import com.bank.complaints.system.BusinessTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19.5: closed complaints' figures kept as totals per day (report_day) and month (report_month), so a report
 * over a year reads the year's months and the days its months leave, not its complaints. A registered complaint is listed in report_open; once it is archived and its
 * clocks have stopped nothing it counts for changes any more, and the roll-up adds it to the totals and takes it
 * off the list. Reports add the listed complaints, counted alike ({@link CaseFacts}), to the totals. One node at
 * a time rolls up (the report_day_state row is locked), a batch per transaction; totals counted under another time
 * zone or repeat window are counted again, unless a node started after them counted them: then the settings of the
 * node started last stand, and two nodes set up differently do not count everything again by turns.
 */
@Service
public class DayTotals {

    private static final Logger LOG = LoggerFactory.getLogger(DayTotals.class);

    private static final Table DAYS = new Table("report_day", "on_day");
    private static final Table MONTHS = new Table("report_month", "on_month");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CaseFacts facts;
    private final BusinessTime time;
    private final int repeatWindowDays;
    private final int batchSize;
    private final TransactionTemplate transaction;
    private final Instant startedAt;
    /** The settings change this node last warned of, so it warns once per change, not at every roll-up. */
    private volatile State warnedOf;

    @Autowired
    DayTotals(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, CaseFacts facts, BusinessTime time,
            @Value("${complaints.reporting.repeat-window-days:90}") int repeatWindowDays,
            @Value("${complaints.reporting.day-totals.batch-size:1000}") int batchSize,
            PlatformTransactionManager transactionManager) {
        this(jdbc, named, facts, time, repeatWindowDays, batchSize, transactionManager, Instant.now());
    }

    /** A node started at {@code startedAt} (wall-clock time, not the business clock that tests move). */
    DayTotals(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, CaseFacts facts, BusinessTime time,
            int repeatWindowDays, int batchSize, PlatformTransactionManager transactionManager, Instant startedAt) {
        this.startedAt = startedAt;
        this.jdbc = jdbc;
        this.named = named;
        this.facts = facts;
        this.time = time;
        this.repeatWindowDays = repeatWindowDays;
        this.batchSize = batchSize;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** In intake's transaction: the new complaint counts in reports from its own rows until it is rolled up. */
    @EventListener
    void listNew(ComplaintRegistered registered) {
        jdbc.update("INSERT INTO report_open (reference, received_at) VALUES (?, ?)", registered.reference(),
                registered.receivedAt().atOffset(ZoneOffset.UTC));
    }

    /** Adds every complaint that is closed for good and not yet in the totals; returns how many. */
    public int rollUp() {
        int rolled = 0;
        for (int batch = rollUpBatch(); batch > 0; batch = rollUpBatch()) {
            rolled += batch;
        }
        return rolled;
    }

    private int rollUpBatch() {
        return Objects.requireNonNull(transaction.execute(status -> {
            if (!lockAndCheckSettings()) {
                return 0;
            }
            // in the order received: a batch's complaints share their days' totals. Their times are the complaints'
            // own, which a correction after listing may have moved: the count reads the batch within them.
            List<String> references = new ArrayList<>();
            List<Instant> received = new ArrayList<>();
            jdbc.query("SELECT o.reference, c.received_at FROM report_open o JOIN complaint c ON c.reference = o.reference "
                    + "JOIN complaint_archive a ON a.reference = o.reference WHERE NOT EXISTS (SELECT 1 FROM sla_clock k "
                    + "WHERE k.reference = o.reference AND k.stopped_at IS NULL) ORDER BY o.received_at, o.reference "
                    + "FETCH FIRST " + batchSize + " ROWS ONLY", rs -> {
                        references.add(rs.getString("reference"));
                        received.add(rs.getObject("received_at", OffsetDateTime.class).toInstant());
                    });
            if (references.isEmpty()) {
                return 0;
            }
            add(facts.totals(CaseFacts.Scope.of(references, Collections.min(received), Collections.max(received)),
                    time.zone(), repeatWindowDays, time.now()));
            named.update("DELETE FROM report_open WHERE reference IN (:references)", Map.of("references", references));
            return references.size();
        }));
    }

    /**
     * Drops the totals and lists every complaint again, so reports count each from its rows until the next roll-up
     * counts them all again (after a correction of stored complaints, for example).
     */
    public void recount() {
        transaction.executeWithoutResult(status -> {
            lock();
            countUnderOwnSettings();
        });
    }

    /**
     * Takes the roll-up's lock. Totals counted under other settings are dropped and every complaint listed again,
     * unless a node started after this one set those settings: then this node leaves the totals alone (false).
     */
    private boolean lockAndCheckSettings() {
        State state = lock();
        if (time.zone().getId().equals(state.zone()) && state.window() != null && state.window() == repeatWindowDays) {
            return true;
        }
        if (state.since() != null && state.since().isAfter(startedAt)) {
            if (!state.equals(warnedOf)) {
                warnedOf = state;
                LOG.warn("The reports' day totals are counted in time zone {} with a repeat window of {} days, set by a node "
                        + "started after this one ({} and {} days here): this node leaves them alone", state.zone(),
                        state.window(), time.zone().getId(), repeatWindowDays);
            }
            return false;
        }
        countUnderOwnSettings();
        return true;
    }

    private void countUnderOwnSettings() {
        dropTotals();
        jdbc.update("UPDATE report_day_state SET time_zone = ?, repeat_window_days = ?, settings_since = ? WHERE id = 1",
                time.zone().getId(), repeatWindowDays, Instant.now().atOffset(ZoneOffset.UTC));
    }

    private State lock() {
        return jdbc.queryForObject("SELECT time_zone, repeat_window_days, settings_since FROM report_day_state "
                + "WHERE id = 1 FOR UPDATE", (rs, row) -> {
                    OffsetDateTime since = rs.getObject("settings_since", OffsetDateTime.class);
                    return new State(rs.getString("time_zone"), rs.getObject("repeat_window_days", Integer.class),
                            since == null ? null : since.toInstant());
                });
    }

    /** The settings the totals are counted under, and since when (null before the first roll-up). */
    private record State(String zone, Integer window, Instant since) {
    }

    private void dropTotals() {
        jdbc.update("DELETE FROM report_day");
        jdbc.update("DELETE FROM report_month");
        jdbc.update("INSERT INTO report_open (reference, received_at) SELECT c.reference, c.received_at FROM complaint c "
                + "WHERE NOT EXISTS (SELECT 1 FROM report_open o WHERE o.reference = c.reference)");
    }

    /** Adds the totals to their days and to their months. */
    private void add(Map<DayKey, Sums> totals) {
        Map<DayKey, Sums> months = new HashMap<>();
        totals.forEach((key, sums) -> months.computeIfAbsent(new DayKey(key.day().withDayOfMonth(1), key.basis(),
                key.channel(), key.category(), key.dimension(), key.item()), k -> new Sums()).add(sums));
        add(DAYS, totals);
        add(MONTHS, months);
    }

    private void add(Table table, Map<DayKey, Sums> totals) {
        List<DayKey> keys = new ArrayList<>(totals.keySet());
        List<Object[]> updates = keys.stream().map(key -> {
            Sums s = totals.get(key);
            return new Object[] {s.n, s.amount, s.rated, s.scoreSum, s.met, s.counted, Date.valueOf(key.day()),
                    key.basis(), key.channel(), key.category(), key.dimension(), key.item()};
        }).toList();
        int[] updated = jdbc.batchUpdate("UPDATE " + table.name() + " SET n = n + ?, amount = amount + ?, "
                + "rated = rated + ?, score_sum = score_sum + ?, met = met + ?, counted = counted + ? WHERE "
                + table.date() + " = ? AND basis = ? AND channel = ? AND category = ? AND dimension = ? AND item = ?",
                updates);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                DayKey key = keys.get(i);
                Sums s = totals.get(key);
                inserts.add(new Object[] {Date.valueOf(key.day()), key.basis(), key.channel(), key.category(),
                        key.dimension(), key.item(), s.n, s.amount, s.rated, s.scoreSum, s.met, s.counted});
            }
        }
        jdbc.batchUpdate("INSERT INTO " + table.name() + " (" + table.date() + ", basis, channel, category, dimension, "
                + "item, n, amount, rated, score_sum, met, counted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
    }

    /**
     * The period's totals by basis, dimension and item, optionally of one channel and category: its whole months'
     * and other days' rolled-up totals and those of the complaints not rolled up yet, in one snapshot of the
     * database (the caller's repeatable-read transaction).
     */
    PeriodTotals items(ReportQuery q) {
        PeriodTotals period = new PeriodTotals();
        LocalDate firstMonth = q.from().getDayOfMonth() == 1 ? q.from() : q.from().withDayOfMonth(1).plusMonths(1);
        LocalDate endOfMonths = q.to().plusDays(1).withDayOfMonth(1);
        if (firstMonth.isBefore(endOfMonths)) {
            readItems(MONTHS, firstMonth, endOfMonths.minusMonths(1), q, period);
            if (q.from().isBefore(firstMonth)) {
                readItems(DAYS, q.from(), firstMonth.minusDays(1), q, period);
            }
            if (!q.to().isBefore(endOfMonths)) {
                readItems(DAYS, endOfMonths, q.to(), q, period);
            }
        } else {
            readItems(DAYS, q.from(), q.to(), q, period);
        }
        notRolledUp(q).forEach((key, sums) -> period.add(key.basis(), key.dimension(), key.item(), sums));
        return period;
    }

    /** The complaints received and closed on each day of the period, counted as {@link #items} counts them. */
    PeriodTotals days(ReportQuery q) {
        PeriodTotals period = new PeriodTotals();
        Filter f = filter(DAYS, q.from(), q.to(), q);
        jdbc.query("SELECT on_day, basis, SUM(n) AS n FROM report_day WHERE dimension = '" + CaseFacts.ALL + "' AND "
                + f.where() + " GROUP BY on_day, basis", rs -> {
                    period.addDay(rs.getDate("on_day").toLocalDate(), rs.getString("basis"), rs.getLong("n"));
                }, f.args());
        notRolledUp(q).forEach((key, sums) -> {
            if (CaseFacts.ALL.equals(key.dimension())) {
                period.addDay(key.day(), key.basis(), sums.n);
            }
        });
        return period;
    }

    private void readItems(Table table, LocalDate first, LocalDate last, ReportQuery q, PeriodTotals period) {
        Filter f = filter(table, first, last, q);
        jdbc.query("SELECT basis, dimension, item, SUM(n) AS n, SUM(amount) AS amount, SUM(rated) AS rated, "
                + "SUM(score_sum) AS score_sum, SUM(met) AS met, SUM(counted) AS counted FROM " + table.name()
                + " WHERE " + f.where() + " GROUP BY basis, dimension, item", rs -> {
                    Sums sums = new Sums();
                    sums.n = rs.getLong("n");
                    sums.amount = rs.getBigDecimal("amount");
                    sums.rated = rs.getLong("rated");
                    sums.scoreSum = rs.getLong("score_sum");
                    sums.met = rs.getLong("met");
                    sums.counted = rs.getLong("counted");
                    period.add(rs.getString("basis"), rs.getString("dimension"), rs.getString("item"), sums);
                }, f.args());
    }

    /** The day totals of the complaints not rolled up yet that fall in the period and its filters. */
    private Map<DayKey, Sums> notRolledUp(ReportQuery q) {
        Map<DayKey, Sums> inPeriod = new HashMap<>();
        facts.totals(CaseFacts.Scope.notRolledUp(q.end()), q.zone(), repeatWindowDays, time.now()).forEach((key, sums) -> {
            if (!key.day().isBefore(q.from()) && !key.day().isAfter(q.to())
                    && (q.channel() == null || q.channel().equals(key.channel()))
                    && (q.category() == null || q.category().equals(key.category()))) {
                inPeriod.put(key, sums);
            }
        });
        return inPeriod;
    }

    private static Filter filter(Table table, LocalDate first, LocalDate last, ReportQuery q) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(first), Date.valueOf(last)));
        String where = table.date() + " >= ? AND " + table.date() + " <= ?" + q.filters("", args);
        return new Filter(where, args.toArray());
    }

    /** A table of totals and its date column: the day's, or the first day of the month's. */
    private record Table(String name, String date) {
    }

    private record Filter(String where, Object[] args) {
    }
}
