package com.bank.complaints.reporting;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.system.BusinessTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 19.5: which complaints the roll-up adds to the reports' day totals, once, and when it counts them again. */
@DeskTest
class DayTotalsTest {

    @Autowired
    Desk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DayTotals dayTotals;
    @Autowired
    CaseFacts facts;
    @Autowired
    ReportService reports;

    @BeforeEach
    void everyComplaintCountedFromItsRows() {
        ReportData.insertOnce(jdbc);
        dayTotals.recount();
    }

    @Test
    @DisplayName("issue 19.5 intake lists a new complaint for the reports in its own transaction; the roll-up leaves it while it is open")
    void intakeListsTheNewComplaint() {
        String reference = desk.accepted(feeComplaint());

        dayTotals.rollUp();

        assertThat(listed(reference)).isTrue();
    }

    @Test
    @DisplayName("issue 19.5 the roll-up takes the archived complaints whose clocks have all stopped, and leaves an archived one whose clock still runs")
    void rollUpTakesTheClosedForGood() {
        insertArchivedWithRunningClock("DT-RUNNING");

        dayTotals.rollUp();

        assertThat(jdbc.queryForList("SELECT reference FROM report_open WHERE reference LIKE 'RPT-%' "
                + "OR reference LIKE 'DT-%'", String.class))
                .containsExactlyInAnyOrder("RPT-R4", "RPT-R6", "RPT-R9", "DT-RUNNING");
        assertThat(jdbc.queryForObject("SELECT SUM(n) FROM report_day WHERE basis = 'CLOSED' AND dimension = 'all' "
                + "AND on_day >= DATE '2024-12-01' AND on_day <= DATE '2025-04-30'", Long.class))
                .as("R0, R1, R2, R3, R5, R7, R8 closed").isEqualTo(7);
    }

    @Test
    @DisplayName("issue 19.5 a complaint whose received time was corrected after it was listed is still counted, on its corrected day, when it leaves the list")
    void aCorrectedReceivedTimeIsStillCounted() {
        insertArchived("DT-CORRECTED", "2019-03-04T10:00", "2023-08-20T10:00");

        dayTotals.rollUp();

        assertThat(listed("DT-CORRECTED")).isFalse();
        assertThat(jdbc.queryForObject("SELECT SUM(n) FROM report_day WHERE basis = 'RECEIVED' AND dimension = 'all' "
                + "AND on_day = DATE '2019-03-04'", Long.class)).isEqualTo(1);
    }

    @Test
    @DisplayName("issue 19.5 rolling up again adds nothing: every closed complaint is counted once")
    void rollingUpAgainAddsNothing() {
        dayTotals.rollUp();
        Map<String, Object> once = sums();

        assertThat(dayTotals.rollUp()).isZero();

        assertThat(sums()).isEqualTo(once);
    }

    @Test
    @DisplayName("issue 19.5 every month's totals are the sum of its days' totals")
    void monthsAddUpTheirDays() {
        dayTotals.rollUp();
        Map<List<Object>, List<Object>> fromDays = new HashMap<>();
        jdbc.query("SELECT * FROM report_day", rs -> {
            List<Object> key = List.of(rs.getDate("on_day").toLocalDate().withDayOfMonth(1), rs.getString("basis"),
                    rs.getString("channel"), rs.getString("category"), rs.getString("dimension"), rs.getString("item"));
            List<Object> sums = List.of(rs.getLong("n"), rs.getBigDecimal("amount"), rs.getLong("rated"),
                    rs.getLong("score_sum"), rs.getLong("met"), rs.getLong("counted"));
            fromDays.merge(key, sums, (a, b) -> List.of((Long) a.get(0) + (Long) b.get(0),
                    ((BigDecimal) a.get(1)).add((BigDecimal) b.get(1)), (Long) a.get(2) + (Long) b.get(2),
                    (Long) a.get(3) + (Long) b.get(3), (Long) a.get(4) + (Long) b.get(4), (Long) a.get(5) + (Long) b.get(5)));
        });
        Map<List<Object>, List<Object>> months = new HashMap<>();
        jdbc.query("SELECT * FROM report_month", rs -> {
            months.put(List.of(rs.getDate("on_month").toLocalDate(), rs.getString("basis"), rs.getString("channel"),
                    rs.getString("category"), rs.getString("dimension"), rs.getString("item")),
                    List.of(rs.getLong("n"), rs.getBigDecimal("amount"), rs.getLong("rated"), rs.getLong("score_sum"),
                            rs.getLong("met"), rs.getLong("counted")));
        });

        assertThat(months).isNotEmpty().isEqualTo(fromDays);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"2025-02-25, 2025-04-01", "2025-03-05, 2025-03-20", "2025-03-01, 2025-03-31", "2024-11-15, 2025-04-30"})
    @DisplayName("issue 19.5 a period read from whole months and the days around them gives the figures counted from the complaints")
    void periodsCuttingMonthsCountAlike(LocalDate from, LocalDate to) {
        ReportQuery all = new ReportQuery(from, to, ZoneId.of("Asia/Shanghai"), null, null);
        ReportQuery app = new ReportQuery(from, to, ZoneId.of("Asia/Shanghai"), "APP", null);
        List<Object> fromRows = List.of(reports.kpis(all), reports.dimensions(all), reports.trend(all, Bucket.WEEK),
                reports.kpis(app), reports.trend(app, Bucket.DAY));

        dayTotals.rollUp();

        assertThat(List.of(reports.kpis(all), reports.dimensions(all), reports.trend(all, Bucket.WEEK),
                reports.kpis(app), reports.trend(app, Bucket.DAY))).isEqualTo(fromRows);
        assertThat(((Kpis) fromRows.get(0)).received() + ((Kpis) fromRows.get(0)).closed()).isPositive();
    }

    @Test
    @DisplayName("issue 19.5 the dashboard's category choices are the same before and after the roll-up")
    void categoryChoicesSurviveTheRollUp() {
        List<String> fromRows = reports.categories();

        dayTotals.rollUp();

        assertThat(reports.categories()).isEqualTo(fromRows).contains("SERVICE", "PRODUCT", ReportData.ODD_CATEGORY);
    }

    @Test
    @DisplayName("issue 19.5 two nodes rolling up at the same moment count every closed complaint once (the roll-up's lock)")
    void twoNodesRollUpOnce() throws Exception {
        // closed complaints: other tests also leave archive rows of references they never registered
        long archived = jdbc.queryForObject("SELECT COUNT(*) FROM complaint_archive a JOIN complaint c "
                + "ON c.reference = a.reference WHERE NOT EXISTS (SELECT 1 FROM sla_clock k "
                + "WHERE k.reference = a.reference AND k.stopped_at IS NULL)", Long.class);
        DayTotals otherNode = new DayTotals(jdbc, named, facts, new BusinessTime(ZoneId.of("Asia/Shanghai")), 90, 2,
                transactions);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rolled = nodes.invokeAll(List.<Callable<Integer>>of(dayTotals::rollUp, otherNode::rollUp));

            assertThat(rolled.get(0).get() + rolled.get(1).get()).isEqualTo(archived);
        } finally {
            nodes.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT SUM(n) FROM report_day WHERE basis = 'CLOSED' AND dimension = 'all'",
                Long.class)).isEqualTo(archived);
    }

    @Test
    @DisplayName("issue 19.5 totals counted in another time zone are counted again in the bank's: R5 (00:30 on 1 March in Shanghai) moves back to 1 March")
    void anotherTimeZoneCountsAgain() {
        nodeStartedIn(ZoneOffset.UTC, 1).rollUp();
        assertThat(emailReceivedOn("2025-02-28")).isEqualTo(1);

        nodeStartedIn(ZoneId.of("Asia/Shanghai"), 2).rollUp();

        assertThat(emailReceivedOn("2025-02-28")).isZero();
        assertThat(emailReceivedOn("2025-03-01")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT time_zone FROM report_day_state", String.class)).isEqualTo("Asia/Shanghai");
    }

    @Test
    @DisplayName("issue 19.5 a node started before another node set other settings leaves that node's totals alone, so two nodes set up differently do not count everything again by turns")
    void theNodeStartedLastSetsTheSettings() {
        DayTotals inUtc = nodeStartedIn(ZoneOffset.UTC, 1);
        inUtc.rollUp();
        Map<String, Object> countedInUtc = sums();
        try {
            assertThat(dayTotals.rollUp()).as("the node started first").isZero();
            assertThat(inUtc.rollUp()).as("the node started last, again").isZero();

            assertThat(sums()).isEqualTo(countedInUtc);
            assertThat(emailReceivedOn("2025-02-28")).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT time_zone FROM report_day_state", String.class)).isEqualTo("Z");
        } finally {
            dayTotals.recount();
        }
    }

    /** Another node in {@code zone}, started {@code minutesFromNow} after now (and so after every other node). */
    private DayTotals nodeStartedIn(ZoneId zone, int minutesFromNow) {
        return new DayTotals(jdbc, named, facts, new BusinessTime(zone), 90, 1000, transactions,
                Instant.now().plus(Duration.ofMinutes(minutesFromNow)));
    }

    @Test
    @DisplayName("issue 19.5 a report reads one snapshot (repeatable read): a roll-up committing between its reads changes neither the listed complaints nor the totals it sees")
    void aReportReadsOneSnapshot() {
        TransactionTemplate report = new TransactionTemplate(transactions);
        report.setReadOnly(true);
        report.setIsolationLevel(ReportService.class.getAnnotation(Transactional.class).isolation().value());
        AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            report.executeWithoutResult(status -> {
                Map<String, Object> first = openAndTotals();
                seen.set(first);
                int rolled = await(otherNode.submit(dayTotals::rollUp));

                assertThat(rolled).isPositive();
                assertThat(openAndTotals()).isEqualTo(first);
            });
        } finally {
            otherNode.shutdown();
        }
        assertThat(openAndTotals()).as("once the report's transaction ends, the roll-up shows").isNotEqualTo(seen.get());
    }

    private Map<String, Object> openAndTotals() {
        return jdbc.queryForMap("SELECT (SELECT COUNT(*) FROM report_open) AS listed, "
                + "(SELECT COUNT(*) FROM report_day) AS day_rows");
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean listed(String reference) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM report_open WHERE reference = ?", Long.class, reference) == 1;
    }

    private Map<String, Object> sums() {
        Map<String, Object> sums = new HashMap<>();
        for (String table : List.of("report_day", "report_month")) {
            jdbc.queryForMap("SELECT COUNT(*) AS total_rows, SUM(n) AS n, SUM(amount) AS amount, SUM(rated) AS rated, "
                    + "SUM(score_sum) AS score_sum, SUM(met) AS met, SUM(counted) AS counted FROM " + table)
                    .forEach((column, value) -> sums.put(table + "." + column, value));
        }
        return sums;
    }

    private long emailReceivedOn(String day) {
        Long n = jdbc.queryForObject("SELECT SUM(n) FROM report_day WHERE basis = 'RECEIVED' AND dimension = 'all' "
                + "AND channel = 'EMAIL' AND on_day = DATE '" + day + "'", Long.class);
        return n == null ? 0 : n;
    }

    /** Archived in June 2023, away from the other tests' data, with its reply clock never stopped. */
    private void insertArchivedWithRunningClock(String reference) {
        if (insertArchived(reference, "2023-06-01T10:00", "2023-06-01T10:00")) {
            jdbc.update("INSERT INTO sla_clock (reference, clock, started_at, due_at, warning_at, policy_row, calendar) "
                    + "VALUES (?, 'REPLY', ?, ?, ?, 'day totals test', 'day totals test')", reference,
                    ReportData.at("2023-06-01T10:00"), ReportData.at("2023-06-04T10:00"), ReportData.at("2023-06-01T10:00"));
        }
    }

    /**
     * An archived complaint received at {@code receivedAt} (bank time) and listed for the roll-up as received at
     * {@code listedAt}; false if an earlier test inserted it.
     */
    private boolean insertArchived(String reference, String receivedAt, String listedAt) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE reference = ?", Long.class, reference) == 1) {
            return false;
        }
        jdbc.update("INSERT INTO complaint (reference, channel, language, customer_id, customer_name, "
                + "card_or_contract_number, product, grievance, expected_outcome, received_at, first_response_due, "
                + "reply_due, regulatory_due) VALUES (?, 'APP', 'en', 'DT-K1', 'Day Totals', 'CARD-0003', 'CREDIT_CARD', "
                + "'A complaint for the day totals.', 'An answer.', ?, ?, ?, ?)", reference, ReportData.at(receivedAt),
                ReportData.at(receivedAt), ReportData.at(receivedAt), ReportData.at(receivedAt));
        jdbc.update("INSERT INTO report_open (reference, received_at) VALUES (?, ?)", reference, ReportData.at(listedAt));
        jdbc.update("INSERT INTO complaint_archive (reference, archived_at, severity, category, special_kind, complexity, "
                + "finding, remedy_type, escalated, history) VALUES (?, ?, 'GENERAL', 'SERVICE', 'NONE', 'SIMPLE', 'FACT_CLEAR', "
                + "'EXPLANATION_ONLY', FALSE, '{}')", reference, ReportData.at(receivedAt));
        return true;
    }
}
