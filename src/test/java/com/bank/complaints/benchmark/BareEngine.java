package com.bank.complaints.benchmark;

import static org.awaitility.Awaitility.await;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The baseline: Camunda 7 alone (no Spring, no HTTP, no authorizations, none of our tables) on the
 * same kind of database, history FULL, ids and pool size as the product's. It starts a process with one
 * user task and a business key, which is what intake asks of the engine at the least; or the product's
 * own lifecycle model with the variables intake gives it, which is what intake asks of the engine as the
 * model stands; or processes that each leave one job doing nothing, to see what a job costs.
 */
final class BareEngine implements AutoCloseable {

    private static final String ONE_TASK = "one-task";
    private static final String EMPTY_JOB = "empty-job";
    private static final String LIFECYCLE_MODEL = "processes/complaint-lifecycle.bpmn";

    private final ProcessEngine engine;
    private final AtomicLong next = new AtomicLong();

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    static BareEngine on(Database db) {
        ProcessEngine engine = configured(db, true).buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance(ONE_TASK + ".bpmn",
                Bpmn.createExecutableProcess(ONE_TASK).camundaHistoryTimeToLive(1825)
                        .startEvent().userTask("work").endEvent().done()).deploy();
        return new BareEngine(engine);
    }

    /**
     * The lifecycle model from {@code processes/}, with stand-ins for the two beans its start reaches: the intake
     * listener (intake has registered the complaint already) and the SLA deadlines of its timers (a day and two
     * days ahead). The job executor stays off: the start is measured, not the steps it leaves to jobs, which
     * would fail here without the product's delegates. {@code history} is the engine's history level (the
     * product's is full), to see what a lower one would save.
     */
    static BareEngine withLifecycleModel(Database db, String history) {
        StandaloneProcessEngineConfiguration configuration = configured(db, false);
        configuration.setHistory(history);
        configuration.setBeans(Map.of("intakeStartListener", (ExecutionListener) execution -> { },
                "deadlines", new DeadlinesStandIn()));
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource(LIFECYCLE_MODEL).deploy();
        return new BareEngine(engine);
    }

    /**
     * A process whose start leaves one job that does nothing (an asynchronous step with an empty expression)
     * before a user task; the job executor stays off until {@link #runJobs}. With {@code productAcquisition} the
     * engine acquires jobs as the product does: the product's own plugin (due dates and their indexes).
     */
    static BareEngine withEmptyJobs(Database db, boolean productAcquisition) throws ReflectiveOperationException {
        StandaloneProcessEngineConfiguration configuration = configured(db, false);
        if (productAcquisition) {
            // package-private in the product, whose Spring context adds it; made here as the context would
            Constructor<?> plugin = Class.forName("com.bank.complaints.system.DueJobAcquisitionPlugin")
                    .getDeclaredConstructor();
            plugin.setAccessible(true);
            configuration.getProcessEnginePlugins().add((ProcessEnginePlugin) plugin.newInstance());
        }
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance(EMPTY_JOB + ".bpmn",
                Bpmn.createExecutableProcess(EMPTY_JOB).camundaHistoryTimeToLive(1825).startEvent()
                        .serviceTask("nothing").camundaAsyncBefore().camundaExpression("${true}")
                        .userTask("work").endEvent().done()).deploy();
        return new BareEngine(engine);
    }

    void startEmptyJobProcess() {
        engine.getRuntimeService().startProcessInstanceByKey(EMPTY_JOB, "BARE-" + next.incrementAndGet());
    }

    /** Starts the job executor and waits until it has run every job (at most {@code atMost}); how long that took. */
    Duration runJobs(Duration atMost) {
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        long start = System.nanoTime();
        jobs.start();
        try {
            // each look reads the whole job table (4-13 ms on PostgreSQL): looked at every 20 ms it was a tenth of
            // the database's work per job
            await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .until(() -> engine.getManagementService().createJobQuery().count() == 0);
        } catch (ConditionTimeoutException stillBusy) {
            // the time taken then says so
        } finally {
            jobs.shutdown();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    void startOneTaskProcess() {
        engine.getRuntimeService().startProcessInstanceByKey(ONE_TASK, "BARE-" + next.incrementAndGet());
    }

    /** Starts the lifecycle model as intake does, with a copy of the given start variables. */
    void startComplaint(Map<String, Object> startVariables) {
        engine.getRuntimeService().startProcessInstanceByKey(ComplaintLifecycle.PROCESS_KEY,
                "BARE-" + next.incrementAndGet(), Variables.fromMap(startVariables));
    }

    /** Jobs (the receipt's and the SLA timers) each started process waits on, as a check that the start ran as in the product. */
    double jobsPerProcess() {
        return (double) engine.getManagementService().createJobQuery().count()
                / engine.getRuntimeService().createProcessInstanceQuery().count();
    }

    private static StandaloneProcessEngineConfiguration configured(Database db, boolean jobExecutor) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-" + UUID.randomUUID());
        configuration.setJdbcUrl(db.url());
        configuration.setJdbcUsername(db.user());
        configuration.setJdbcPassword(db.password());
        configuration.setJdbcDriver(Database.POSTGRESQL.equals(db.kind()) ? "org.postgresql.Driver" : "org.h2.Driver");
        configuration.setJdbcMaxActiveConnections(db.productPoolSize());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(jobExecutor);
        return configuration;
    }

    @Override
    public void close() {
        engine.close();
    }

    /** What the model's timer expressions ask of the product's deadlines bean, answered with fixed offsets. */
    public static final class DeadlinesStandIn {

        public Date warningAt(Object scope, String clock) {
            return Date.from(Instant.now().plus(Duration.ofDays(1)));
        }

        public Date due(Object scope, String clock) {
            return Date.from(Instant.now().plus(Duration.ofDays(2)));
        }
    }
}
