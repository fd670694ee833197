package com.bank.complaints.benchmark;

import static com.bank.complaints.TestComplaints.feeComplaint;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.LoopbackHttp;
import com.bank.complaints.cluster.Node;
import com.bank.complaints.reporting.DayTotals;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8.5 and 6.7: how intake throughput and the reports' latency change as closed complaints pile
 * up (1,000 to 100,000 by default), on PostgreSQL when a server is configured, else on an H2 file.
 * A sample of complaints is driven through the real lifecycle, then copied by {@link Seeder}; at each
 * size every report endpoint is called as a compliance officer over the year the copies span
 * (median of several calls after warm-up) and intake takes a short burst.
 */
class GrowthBenchmark {

    /** One line per endpoint; {from} and {to} are the year the seeded complaints span. */
    private static final Map<String, String> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("kpis", "/api/reports/kpis?from={from}&to={to}");
        ENDPOINTS.put("kpis CSV", "/api/reports/kpis?from={from}&to={to}&format=csv");
        ENDPOINTS.put("trend DAY", "/api/reports/trend?from={from}&to={to}&bucket=DAY");
        ENDPOINTS.put("trend WEEK", "/api/reports/trend?from={from}&to={to}&bucket=WEEK");
        ENDPOINTS.put("trend MONTH", "/api/reports/trend?from={from}&to={to}&bucket=MONTH");
        ENDPOINTS.put("trend MONTH CSV", "/api/reports/trend?from={from}&to={to}&bucket=MONTH&format=csv");
        ENDPOINTS.put("dimensions", "/api/reports/dimensions?from={from}&to={to}");
        ENDPOINTS.put("dimensions CSV", "/api/reports/dimensions?from={from}&to={to}&format=csv");
        ENDPOINTS.put("root causes (12 months)", "/api/reports/root-causes?months=12");
        ENDPOINTS.put("improvement actions", "/api/reports/improvement-actions");
        ENDPOINTS.put("case library, free text", "/api/case-library?q=charged%20twice");
        ENDPOINTS.put("case library, category and cause", "/api/case-library?category=TRANSACTION&cause=FEE_RULES_UNCLEAR");
        ENDPOINTS.put("case library, a word no case has", "/api/case-library?q=chargeback%20arbitration");
        ENDPOINTS.put("case library CSV", "/api/case-library?q=fee&format=csv");
        ENDPOINTS.put("pattern flags", "/api/pattern-flags?status=OPEN");
        ENDPOINTS.put("dashboard", "/dashboard?from={from}&to={to}");
        ENDPOINTS.put("dashboard, its default 30 days", "/dashboard");
    }

    private final List<Integer> sizes = Settings.integers("benchmark.growth.sizes", "1000,10000,100000");
    private final int sampleSize = Settings.integer("benchmark.growth.sample", 20);
    private final int calls = Settings.integer("benchmark.growth.report-calls", 3);
    private final Duration burst = Settings.seconds("benchmark.growth.intake-seconds", 5);
    private final int historyUpTo = Settings.integer("benchmark.growth.history-up-to", Integer.MAX_VALUE);

    @Test
    void growth() throws Exception {
        String kind = System.getenv("COMPLAINTS_TEST_POSTGRES_URL") == null ? Database.H2 : Database.POSTGRESQL;
        Report report = new Report("growth-" + kind.toLowerCase());
        Map<String, List<Double>> latencies = new LinkedHashMap<>();
        List<String> intake = new ArrayList<>();
        List<String> seeding = new ArrayList<>();
        List<String> rollingUp = new ArrayList<>();
        // the scheduled pattern screening would screen the copies of the last 30 days while reports are timed
        try (Database db = Database.of(kind, "growth");
                Node node = db.node("bench", "--complaints.vigilance.scan.enabled=false")) {
            JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
            Seeder seeder = new Seeder(jdbc, FeeCases.sample(node, sampleSize), historyUpTo);
            LoopbackHttp compliance = new LoopbackHttp(node.port(), "compliance");
            LoopbackHttp agent = new LoopbackHttp(node.port(), "agent");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            for (int size : sizes) {
                long start = System.nanoTime();
                seeder.growTo(size);
                if (Database.POSTGRESQL.equals(kind)) {
                    // what autovacuum would have done after such a load: fresh planner statistics
                    jdbc.execute("ANALYZE");
                }
                seeding.add(Report.cell((System.nanoTime() - start) / 1e9));
                start = System.nanoTime();
                int rolled = node.bean(DayTotals.class).rollUp();
                rollingUp.add(Report.cell((System.nanoTime() - start) / 1e9));
                if (Database.POSTGRESQL.equals(kind)) {
                    jdbc.execute("ANALYZE report_open, report_day");
                }
                System.out.printf("growth: %,d stored closed complaints, seeded in %s s, %,d rolled into the day totals"
                        + " in %s s%n", size, seeding.get(seeding.size() - 1), rolled, rollingUp.get(rollingUp.size() - 1));
                for (Map.Entry<String, String> endpoint : ENDPOINTS.entrySet()) {
                    String path = endpoint.getValue().replace("{from}", today.minusDays(364).toString())
                            .replace("{to}", today.toString());
                    latencies.computeIfAbsent(endpoint.getKey(), name -> new ArrayList<>())
                            .add(Load.calls(1, calls, () -> compliance.get(path, 200)).median());
                }
                Latencies burstFigures = Load.run(4, Duration.ofSeconds(1), burst,
                        () -> agent.post("/api/complaints", feeComplaint(), 201));
                intake.add(Report.cell(burstFigures.perSecond()) + " /s, p95 " + Report.cell(burstFigures.millis(95)));
            }
            report.line("Growth on " + kind + ": a sample of " + sampleSize + " complaints driven to the archive, copied "
                    + "with SQL (" + seeder.historyRowsPerComplaint() + " engine history rows per complaint"
                    + (historyUpTo < sizes.get(sizes.size() - 1) ? String.format(", copied for the first %,d", historyUpTo) : "")
                    + "). Reports over "
                    + "the year the copies span, as a compliance officer: median of " + calls + " calls after a warm-up "
                    + "call, ms. Intake: " + burst.toSeconds() + " s burst at concurrency 4.");
            // written before the database is dropped, so a slow clean-up never costs the figures
            report.line("");
            List<String> headers = new ArrayList<>(List.of("stored closed complaints"));
            sizes.forEach(size -> headers.add(String.format("%,d", size)));
            report.table(headers.toArray(String[]::new));
            report.row(cells("seeding, s", seeding));
            report.row(cells("adding the copies to the day totals, s", rollingUp));
            latencies.forEach((name, values) -> report.row(cells(name, values.stream().map(Report::cell).toList())));
            report.row(cells("intake (burst)", intake));
        }
    }

    private static Object[] cells(String first, List<String> rest) {
        List<Object> cells = new ArrayList<>();
        cells.add(first);
        cells.addAll(rest);
        return cells.toArray();
    }
}
