package com.bank.complaints.benchmark;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.bank.complaints.cluster.Node;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8.1: complaints accepted per second through POST /api/complaints (loopback HTTP, closed loop,
 * job executor on, so receipts are sent meanwhile) at several concurrency levels, beside the bare
 * engine starting a one-task process at the same levels on a fresh database of the same kind.
 */
class IntakeBenchmark {

    private final List<Integer> levels = Settings.integers("benchmark.intake.concurrency", "1,4,16");
    private final Duration warmUp = Settings.seconds("benchmark.intake.warmup-seconds", 2);
    private final Duration measured = Settings.seconds("benchmark.intake.seconds", 6);
    // a fresh node spends minutes compiling (the JIT compiler's threads take a core for the first minute of intake
    // on two cores): measured cold, intake showed half its steady rate, which a node serving for days never sees
    private final Duration jvmWarmUp = Settings.seconds("benchmark.intake.jvm-warmup-seconds", 180);
    // each level starts with no job due: without this, concurrency 1 was measured while the job executor still
    // worked off the receipts and triage of the warm-up's complaints (0.75 of 2 cores on PostgreSQL)
    private final Duration drainAtMost = Settings.seconds("benchmark.intake.drain-seconds", 600);

    @Test
    void h2() throws Exception {
        compare(Database.H2);
    }

    @Test
    void postgresql() throws Exception {
        compare(Database.POSTGRESQL);
    }

    private void compare(String kind) throws Exception {
        Report report = new Report("intake-" + kind.toLowerCase());
        List<Latencies> product = new ArrayList<>();
        List<Duration> behind = new ArrayList<>();
        Duration productWarmUp;
        Duration bareWarmUp;
        try (Database db = Database.of(kind, "intake"); Node node = db.node("bench")) {
            Http agent = new Http(node.port(), "agent");
            Load.Call intake = () -> agent.post("/api/complaints", feeComplaint(), 201);
            JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
            productWarmUp = Load.warmUntilCompiled(4, jvmWarmUp, intake);
            drained(jdbc);
            for (int concurrency : levels) {
                product.add(Load.run(concurrency, warmUp, measured, intake));
                behind.add(drained(jdbc));
            }
        }
        List<Latencies> bare = new ArrayList<>();
        try (Database db = Database.of(kind, "intake_baseline"); BareEngine engine = BareEngine.on(db)) {
            bareWarmUp = Load.warmUntilCompiled(4, jvmWarmUp, engine::startOneTaskProcess);
            for (int concurrency : levels) {
                bare.add(Load.run(concurrency, warmUp, measured, engine::startOneTaskProcess));
            }
        }
        report.line("Intake on " + kind + ": each node warmed up at concurrency 4 until the JIT compiler took less than a"
                + " tenth of a core for 5 s (product " + productWarmUp.toSeconds() + " s, bare engine "
                + bareWarmUp.toSeconds() + " s, at most " + jvmWarmUp.toSeconds() + " s), then " + measured.toSeconds()
                + " s per level after " + warmUp.toSeconds() + " s warm-up. Each level starts when no job is due (the complaints'"
                + " receipts and triage of the level before are done). Latencies in ms. JIT: the CPU time of the JIT compiler's"
                + " threads during the level, as a share of one core. Jobs after: how long the job executor took after the"
                + " level to run the jobs it left due.");
        report.line("");
        report.table("concurrency", "product /s", "p50", "p95", "p99", "errors", "JIT", "jobs after, s", "bare engine /s",
                "p50", "p95", "p99", "JIT", "product / bare");
        for (int i = 0; i < levels.size(); i++) {
            Latencies p = product.get(i);
            Latencies b = bare.get(i);
            report.row(levels.get(i), p.perSecond(), p.millis(50), p.millis(95), p.millis(99), p.errors(),
                    p.compiling(), Report.cell(behind.get(i).toMillis() / 1000.0), b.perSecond(), b.millis(50),
                    b.millis(95), b.millis(99), b.compiling(), Report.ratio(p.perSecond(), b.perSecond()));
        }
    }

    /** Waits until the node has no job due (at most {@code drainAtMost}) and says how long that took. */
    private Duration drained(JdbcTemplate jdbc) {
        long start = System.nanoTime();
        try {
            await().atMost(drainAtMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> DueJobs.count(jdbc) == 0);
        } catch (ConditionTimeoutException stillBusy) {
            // the level then starts with the rest; its "jobs after" shows the limit
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
