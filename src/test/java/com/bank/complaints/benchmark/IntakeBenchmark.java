package com.bank.complaints.benchmark;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.submission;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bank.complaints.LoopbackHttp;
import com.bank.complaints.cluster.Node;
import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintValidator;
import com.bank.complaints.intake.IntakeService;
import com.bank.complaints.intake.NewComplaint;
import com.bank.complaints.sla.IntakeDeadlines;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8.1: complaints accepted per second through POST /api/complaints (loopback HTTP, closed loop,
 * job executor on, so receipts are sent meanwhile) at several concurrency levels, beside the bare
 * engine starting a one-task process at the same levels on a fresh database of the same kind. Issue 19:
 * also the bare engine starting our lifecycle model (with intake's variables and without), the product's
 * requests with its job executor stopped, and the CPU per complaint of the jobs they leave, by thread role.
 */
class IntakeBenchmark {

    private static final String MACHINE = "the machine";

    private final List<Integer> levels = Settings.integers("benchmark.intake.concurrency", "1,4,16");
    private final Duration warmUp = Settings.seconds("benchmark.intake.warmup-seconds", 2);
    private final Duration measured = Settings.seconds("benchmark.intake.seconds", 6);
    // a fresh node spends minutes compiling (the JIT compiler's threads take a core for the first minute of intake
    // on two cores): measured cold, intake showed half its steady rate, which a node serving for days never sees
    private final Duration jvmWarmUp = Settings.seconds("benchmark.intake.jvm-warmup-seconds", 180);
    // each level starts with no job due: without this, concurrency 1 was measured while the job executor still
    // worked off the receipts and triage of the warm-up's complaints (0.75 of 2 cores on PostgreSQL)
    private final Duration drainAtMost = Settings.seconds("benchmark.intake.drain-seconds", 600);
    // a history level to start our model with beside the product's (full), e.g. audit: what a lower level would save
    private final String otherHistory = System.getProperty("benchmark.intake.model-history", "").trim();

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
        // the same requests with the job executor stopped during the level: what a request costs without the jobs
        // of the complaints before it sharing the two cores (they run after the level, in "jobs after")
        List<Latencies> requestsAlone = new ArrayList<>();
        List<Duration> jobsPerComplaint = new ArrayList<>();
        List<Map<String, Long>> jobsCpu = new ArrayList<>();
        Duration productWarmUp;
        Duration bareWarmUp;
        Duration modelWarmUp;
        double modelJobs;
        Map<String, Object> startVariables;
        try (Database db = Database.of(kind, "intake"); Node node = db.node("bench")) {
            startVariables = startVariables(node);
            LoopbackHttp agent = new LoopbackHttp(node.port(), "agent");
            Load.Call intake = () -> agent.post("/api/complaints", feeComplaint(), 201);
            JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
            productWarmUp = Load.warmUntilCompiled(4, jvmWarmUp, intake);
            drained(jdbc);
            JobExecutor jobs = ((ProcessEngineConfigurationImpl) node.bean(ProcessEngine.class)
                    .getProcessEngineConfiguration()).getJobExecutor();
            for (int concurrency : levels) {
                product.add(Load.run(concurrency, warmUp, measured, intake));
                behind.add(drained(jdbc));
                long before = complaints(jdbc);
                jobs.shutdown();
                requestsAlone.add(Load.run(concurrency, warmUp, measured, intake));
                long taken = Math.max(1, complaints(jdbc) - before);
                Map<String, Long> threadsBefore = ThreadCpu.millisBy(ThreadCpu.ROLES);
                long machineBefore = ThreadCpu.machineBusyMillis();
                jobs.start();
                jobsPerComplaint.add(drained(jdbc).dividedBy(taken));
                Map<String, Long> cpu = ThreadCpu.since(threadsBefore, ThreadCpu.millisBy(ThreadCpu.ROLES));
                cpu.put(MACHINE, ThreadCpu.machineBusyMillis() - machineBefore);
                cpu.replaceAll((group, millis) -> millis / taken);
                jobsCpu.add(cpu);
            }
        }
        List<Latencies> bare = new ArrayList<>();
        try (Database db = Database.of(kind, "intake_baseline"); BareEngine engine = BareEngine.on(db)) {
            bareWarmUp = Load.warmUntilCompiled(4, jvmWarmUp, engine::startOneTaskProcess);
            for (int concurrency : levels) {
                bare.add(Load.run(concurrency, warmUp, measured, engine::startOneTaskProcess));
            }
        }
        List<Latencies> model = new ArrayList<>();
        List<Latencies> modelAlone = new ArrayList<>();
        try (Database db = Database.of(kind, "intake_model"); BareEngine engine = BareEngine.withLifecycleModel(db, "full")) {
            Load.Call start = () -> engine.startComplaint(startVariables);
            modelWarmUp = Load.warmUntilCompiled(4, jvmWarmUp, start);
            for (int concurrency : levels) {
                model.add(Load.run(concurrency, warmUp, measured, start));
                modelAlone.add(Load.run(concurrency, warmUp, measured, () -> engine.startComplaint(Map.of())));
            }
            modelJobs = engine.jobsPerProcess();
        }
        List<Latencies> modelOtherHistory = new ArrayList<>();
        if (!otherHistory.isEmpty()) {
            try (Database db = Database.of(kind, "intake_model_" + otherHistory);
                    BareEngine engine = BareEngine.withLifecycleModel(db, otherHistory)) {
                Load.Call start = () -> engine.startComplaint(startVariables);
                Load.warmUntilCompiled(4, jvmWarmUp, start);
                for (int concurrency : levels) {
                    modelOtherHistory.add(Load.run(concurrency, warmUp, measured, start));
                }
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
        report.line("");
        report.line("What our lifecycle model asks of the engine alone: the bare engine (same database kind, history FULL,"
                + " job executor off) starting the model of processes/ with stand-ins for the intake listener and the"
                + " deadlines bean, once with the " + startVariables.size() + " variables intake gives it and once with"
                + " none, warmed up like the nodes above (" + modelWarmUp.toSeconds() + " s). The start runs to the"
                + " model's first wait states: its executions, timers and the receipt's job, as in the product ("
                + Report.cell(modelJobs) + " jobs per started process). Beside"
                + " it the product's requests again with its job executor stopped during the level (the same node, after"
                + " its level above), and how long the job executor then took per complaint of that level to run the"
                + " jobs they left (receipt, triage, first answer) with the whole machine.");
        report.line("");
        report.table("concurrency", "one-task process /s", "our model, no variables /s", "p50", "p99",
                "our model, intake's variables /s", "p50", "p99", "errors", "JIT", "product, jobs stopped /s", "p50",
                "p99", "errors", "their jobs after, ms per complaint", "product /s");
        for (int i = 0; i < levels.size(); i++) {
            Latencies a = modelAlone.get(i);
            Latencies m = model.get(i);
            Latencies r = requestsAlone.get(i);
            report.row(levels.get(i), bare.get(i).perSecond(), a.perSecond(), a.millis(50), a.millis(99), m.perSecond(),
                    m.millis(50), m.millis(99), a.errors() + m.errors(), m.compiling(), r.perSecond(), r.millis(50),
                    r.millis(99), r.errors(), jobsPerComplaint.get(i).toNanos() / 1e6,
                    product.get(i).perSecond());
        }
        if (!modelOtherHistory.isEmpty()) {
            report.line("");
            report.line("Our model with intake's variables on a bare engine at history " + otherHistory + " (its own fresh"
                    + " database, warmed up the same way), beside the same at FULL above.");
            report.line("");
            report.table("concurrency", "history FULL /s", "p50", "p99", "history " + otherHistory + " /s", "p50", "p99");
            for (int i = 0; i < levels.size(); i++) {
                Latencies m = model.get(i);
                Latencies o = modelOtherHistory.get(i);
                report.row(levels.get(i), m.perSecond(), m.millis(50), m.millis(99), o.perSecond(), o.millis(50),
                        o.millis(99));
            }
        }
        report.line("");
        report.line("CPU of the jobs the product's requests left during each level with the job executor stopped, while"
                + " the job executor ran them after it (the node's threads by role, from /proc/self/task; the machine's"
                + " busy time from /proc/stat, which on PostgreSQL includes the database), in ms per complaint. Tomcat"
                + " serves no request then but the message gateway's stand-in (the demo's SMS gateway, called by the"
                + " receipt and first-answer notices); the mail stand-in is the embedded SMTP server, whose thread per"
                + " connection ends with it, so its CPU shows under threads that ended (the JVM's less its live threads')."
                + " Neither stand-in runs in a bank's node: there they are the bank's gateway and mail relay.");
        report.line("");
        List<String> roles = new ArrayList<>(ThreadCpu.ROLE_NAMES);
        roles.add(MACHINE);
        List<String> header = new ArrayList<>(List.of("concurrency"));
        header.addAll(roles);
        report.table(header.toArray(String[]::new));
        for (int i = 0; i < levels.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(levels.get(i)));
            for (String role : roles) {
                row.add(jobsCpu.get(i).getOrDefault(role, 0L));
            }
            report.row(row.toArray());
        }
    }

    /** The variables intake hands the engine for a fee complaint, built by the product's own classes. */
    private static Map<String, Object> startVariables(Node node) {
        NewComplaint details = node.bean(ComplaintValidator.class).validate(submission(feeComplaint()));
        Instant now = Instant.now();
        IntakeDeadlines deadlines = new IntakeDeadlines(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(3)),
                now.plus(Duration.ofDays(30)));
        return new IntakeService.Registration(new Complaint("CC-BARE", details, now, "agent", deadlines), 0)
                .processVariables();
    }

    private static long complaints(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
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
