package com.bank.complaints.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.bank.complaints.cluster.Node;
import org.junit.jupiter.api.Test;

/**
 * Issue 8.2: N complaints from intake to archive through the service API, by a few parallel drivers;
 * complaints per second and, on PostgreSQL, committed database transactions per complaint.
 */
class LifecycleBenchmark {

    private final int complaints = Settings.integer("benchmark.lifecycle.complaints", 40);
    private final int drivers = Settings.integer("benchmark.lifecycle.drivers", 2);
    // as for intake: a fresh node's JIT compiler took most of the JVM's CPU while the first complaints ran
    private final Duration jvmWarmUp = Settings.seconds("benchmark.lifecycle.jvm-warmup-seconds", 180);

    @Test
    void h2() throws Exception {
        drive(Database.H2);
    }

    @Test
    void postgresql() throws Exception {
        drive(Database.POSTGRESQL);
    }

    private void drive(String kind) throws Exception {
        Report report = new Report("lifecycle-" + kind.toLowerCase());
        try (Database db = Database.of(kind, "lifecycle");
                Node node = db.node("bench", "--camunda.bpm.job-execution.enabled=false")) {
            FeeCases cases = new FeeCases(node);
            Duration warmed = Load.warmUntilCompiled(drivers, jvmWarmUp, cases::driveToArchive);
            boolean postgres = Database.POSTGRESQL.equals(kind);
            long transactionsBefore = postgres ? Transactions.committed(node) : 0;
            Map<String, Long> callsBefore = cases.driverCalls();
            long compiledBefore = Load.compiledMillis();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(drivers);
            try {
                List<Future<String>> done = new ArrayList<>();
                for (int i = 0; i < complaints; i++) {
                    done.add(pool.submit(cases::driveToArchive));
                }
                for (Future<String> reference : done) {
                    reference.get();
                }
            } finally {
                pool.shutdownNow();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            double seconds = elapsed.toNanos() / 1e9;
            long compiled = Load.compiledMillis() - compiledBefore;
            Map<String, Long> calls = new TreeMap<>(cases.driverCalls());
            callsBefore.forEach((method, before) -> calls.merge(method, -before, Long::sum));
            double lookups = DriverCalls.lookups(calls) / (double) complaints;
            double all = postgres ? (Transactions.committed(node) - transactionsBefore) / (double) complaints : 0;
            report.line("Full lifecycle on " + kind + ": " + complaints + " fee complaints, " + drivers
                    + " drivers, intake to archive (investigation, fee waiver, dual review, survey, callback; jobs and the callback timer run by the driver),"
                    + " after the node was warmed up the same way until the JIT compiler took less than a tenth of a core for 5 s ("
                    + warmed.toSeconds() + " s, at most " + jvmWarmUp.toSeconds() + " s). JIT: the compiler's CPU while measured, as a share of one core.");
            report.line("");
            report.line("Transactions per complaint: all that the database committed; the driver's own look-ups (which task is"
                    + " open, which jobs are due, a user's groups: one transaction each, counted by the driver); the product's: the rest.");
            report.line("");
            report.table("database", "complaints", "seconds", "complaints /s", "JIT", "transactions / complaint",
                    "driver's look-ups / complaint", "product's transactions / complaint");
            String notCounted = "n/a (PostgreSQL only)";
            report.row(kind, complaints, seconds, complaints / seconds,
                    Latencies.compiling(Duration.ofMillis(compiled), elapsed),
                    postgres ? Report.cell(all) : notCounted, lookups,
                    postgres ? Report.cell(all - lookups) : notCounted);
            report.line("");
            report.line("The driver's calls on the engine's services per complaint: " + calls.entrySet().stream()
                    .map(call -> call.getKey() + " " + Report.cell(call.getValue() / (double) complaints))
                    .collect(Collectors.joining(", ")) + ".");
        }
    }
}
