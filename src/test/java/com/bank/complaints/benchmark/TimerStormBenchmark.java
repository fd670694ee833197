package com.bank.complaints.benchmark;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.submission;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.bank.complaints.cluster.Node;
import com.bank.complaints.intake.IntakeService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8.3: a storm of SLA timers falling due at once on PostgreSQL, drained by one node, then a
 * second storm of the same size by two nodes. Each storm brings the timers of its own complaints
 * (six SLA timers each: warning and breach of first response, reply and regulatory close) due now;
 * a fired timer starts an asynchronous warning or breach step (mails, breach record, incident), so
 * the drain is over when none of the storm's timers is left and no job is due (a job whose attempt
 * failed, e.g. on an optimistic-locking conflict, waits for its retry and is counted apart). Jobs per second counts
 * every successful job of the storm (ACT_HI_JOB_LOG), timers per second the storm's timers.
 */
class TimerStormBenchmark {

    private static final String DUE_TIMER = "FROM ACT_RU_JOB WHERE TYPE_ = 'timer' AND DUEDATE_ <= ?";

    private final int timers = Settings.integer("benchmark.storm.timers", 10_000);
    private final Duration patience = Settings.seconds("benchmark.storm.patience-seconds", 240);

    @Test
    void postgresql() throws Exception {
        Report report = new Report("timer-storm-postgresql");
        try (Database db = Database.postgres("storm"); Node nodeA = db.node("node-a")) {
            JdbcTemplate jdbc = nodeA.bean(JdbcTemplate.class);
            int complaintsPerStorm = (timers + 5) / 6;
            long setUp = System.nanoTime();
            submit(nodeA, 2 * complaintsPerStorm);
            await().atMost(patience).until(() -> count(jdbc, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message'") == 0);
            report.line("Timer storm on PostgreSQL: " + 2 * complaintsPerStorm + " complaints registered in "
                    + Report.cell((System.nanoTime() - setUp) / 1e9) + " s; each storm brings " + timers
                    + " of their SLA timers due at once.");
            report.line("");
            report.table("nodes", "timers", "jobs run", "failed attempts", "seconds", "timers /s", "jobs /s");
            Storm one = storm(jdbc);
            report.row(1, one.timers, one.jobs, one.failed, one.seconds, one.timers / one.seconds, one.jobs / one.seconds);
            try (Node nodeB = db.node("node-b")) {
                Storm two = storm(jdbc);
                report.row(2, two.timers, two.jobs, two.failed, two.seconds, two.timers / two.seconds, two.jobs / two.seconds);
                report.line("");
                report.line("Scaling factor, two nodes over one (jobs per second): "
                        + Report.ratio(two.jobs / two.seconds, one.jobs / one.seconds)
                        + " (both nodes and the database share the machine's cores).");
            }
        }
    }

    /** Brings {@code timers} waiting SLA timers due now and waits until they and what they started have run. */
    private Storm storm(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.now());
        // the engine's own API (setJobDuedate) takes one command per job; the storm is the point, not its set-up
        int due = jdbc.update("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ IN (SELECT ID_ FROM ACT_RU_JOB"
                + " WHERE TYPE_ = 'timer' AND DUEDATE_ > ? ORDER BY PROCESS_INSTANCE_ID_, ID_ LIMIT ?)", now, now, timers);
        long start = System.nanoTime();
        await().atMost(patience).until(() -> count(jdbc, "SELECT COUNT(*) " + DUE_TIMER, now) == 0
                && DueJobs.count(jdbc) == 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        long jobs = count(jdbc, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND TIMESTAMP_ >= ?", now);
        // a failed attempt (an optimistic-locking conflict between two jobs of one complaint) waits for its retry
        long failed = count(jdbc, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1 AND TIMESTAMP_ >= ?", now);
        return new Storm(due, jobs, failed, seconds);
    }

    private static void submit(Node node, int complaints) throws Exception {
        IntakeService intake = node.bean(IntakeService.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> submitted = new ArrayList<>();
            for (int i = 0; i < complaints; i++) {
                submitted.add(pool.submit(() -> intake.submit(submission(feeComplaint()), "agent")));
            }
            for (Future<?> done : submitted) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private record Storm(int timers, long jobs, long failed, double seconds) {
    }
}
