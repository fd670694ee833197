package com.bank.complaints.benchmark;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 19: what one job costs the engine alone, to weigh "fewer jobs per complaint". The bare engine (history
 * FULL, the product's pool size and job executor defaults) starts processes that each leave one job doing
 * nothing, then its job executor runs them all; jobs per second and the machine's CPU per job. A complaint's
 * own jobs (receipt, triage, first answer) are measured in IntakeBenchmark.
 */
class EmptyJobBenchmark {

    private final int jobs = Settings.integer("benchmark.jobs.count", 5_000);
    private final int rounds = Settings.integer("benchmark.jobs.rounds", 3);

    @Test
    void h2() throws Exception {
        measure(Database.H2);
    }

    @Test
    void postgresql() throws Exception {
        measure(Database.POSTGRESQL);
    }

    private void measure(String kind) throws Exception {
        Report report = new Report("empty-jobs-" + kind.toLowerCase());
        report.line("Empty jobs on " + kind + ": " + jobs + " processes started (job executor off), then the job executor"
                + " runs their " + jobs + " jobs; " + rounds + " rounds after one not counted, with Camunda's default job"
                + " acquisition and with the product's (DueJobAcquisitionPlugin), each on a fresh database. CPU per job: the"
                + " machine's busy time (/proc/stat, the database included) while the jobs ran.");
        report.line("");
        report.table("acquisition", "round", "jobs", "seconds", "jobs /s", "CPU per job, ms", "of it this JVM, ms");
        measure(kind, false, report);
        measure(kind, true, report);
    }

    private void measure(String kind, boolean productAcquisition, Report report) throws Exception {
        String acquisition = productAcquisition ? "the product's (due dates, indexes)" : "Camunda's default";
        try (Database db = Database.of(kind, "empty_jobs"); BareEngine engine = BareEngine.withEmptyJobs(db, productAcquisition)) {
            for (int round = 0; round <= rounds; round++) {
                for (int i = 0; i < jobs; i++) {
                    engine.startEmptyJobProcess();
                }
                long machineBefore = ThreadCpu.machineBusyMillis();
                Map<String, Long> jvmBefore = ThreadCpu.millisBy(ThreadCpu.ROLES);
                Duration took = engine.runJobs(Duration.ofMinutes(10));
                long machine = ThreadCpu.machineBusyMillis() - machineBefore;
                long jvm = ThreadCpu.since(jvmBefore, ThreadCpu.millisBy(ThreadCpu.ROLES)).getOrDefault(ThreadCpu.JVM, 0L);
                if (round > 0) {
                    double seconds = took.toNanos() / 1e9;
                    report.row(acquisition, round, jobs, seconds, jobs / seconds, (double) machine / jobs, (double) jvm / jobs);
                }
            }
        }
    }
}
