package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.bank.complaints.ComplaintDeskApplication;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shutting the application down while the job executor runs a job lets that job finish and commit,
 * and starts no other: the real application with job execution on, on an H2 file database, closed
 * in the middle of a job that takes two seconds and is followed by another asynchronous step; then
 * started again (job execution off) to look at what the database kept.
 */
class GracefulShutdownTest {

    private static final String PROCESS_KEY = "test-slow-work";
    private static final String SLOW_STEP = "Task_SlowWork";
    private static final String NEXT_STEP = "Task_AfterSlowWork";
    private static final Duration WORK_TAKES = Duration.ofSeconds(2);

    private static SlowWork slowWork;
    private static Duration shutdownTook;
    private static HistoricActivityInstance slowStepAfterRestart;
    private static List<Map<String, Object>> jobsAfterRestart;

    @BeforeAll
    static void shutDownWhileAJobRuns(@TempDir Path dataDirectory) throws InterruptedException {
        String database = "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("desk") + ";LOCK_TIMEOUT=10000";
        slowWork = new SlowWork(WORK_TAKES);
        String processInstanceId;
        try (ConfigurableApplicationContext app = start(database, "--camunda.bpm.job-execution.enabled=true")) {
            app.getBean(RepositoryService.class).createDeployment()
                    .addModelInstance(PROCESS_KEY + ".bpmn", slowWorkProcess()).deploy();
            processInstanceId = app.getBean(RuntimeService.class).startProcessInstanceByKey(PROCESS_KEY).getId();
            assertThat(slowWork.started.await(30, TimeUnit.SECONDS)).as("the job executor started the job").isTrue();
            long closing = System.nanoTime();
            app.close();
            shutdownTook = Duration.ofNanos(System.nanoTime() - closing);
        }
        try (ConfigurableApplicationContext app = start(database, "--camunda.bpm.job-execution.enabled=false")) {
            slowStepAfterRestart = app.getBean(HistoryService.class).createHistoricActivityInstanceQuery()
                    .processInstanceId(processInstanceId).activityId(SLOW_STEP).singleResult();
            // the engine's API does not tell whether a job is locked: its table does
            jobsAfterRestart = app.getBean(JdbcTemplate.class).queryForList("SELECT d.ACT_ID_, j.LOCK_OWNER_, j.LOCK_EXP_TIME_ "
                    + "FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ WHERE j.PROCESS_INSTANCE_ID_ = ?",
                    processInstanceId);
        }
    }

    @Test
    void shutdownWaitsForTheRunningJob() {
        assertThat(shutdownTook).isGreaterThanOrEqualTo(WORK_TAKES.dividedBy(2));
    }

    @Test
    void theRunningJobFinishesUninterrupted() {
        assertThat(slowWork.interrupted).isFalse();
        assertThat(slowWork.finished).isTrue();
    }

    @Test
    void theFinishedJobIsCommitted() {
        assertThat(slowStepAfterRestart.getEndTime()).isNotNull();
        assertThat(jobsAfterRestart).extracting(job -> job.get("ACT_ID_")).doesNotContain(SLOW_STEP);
    }

    @Test
    void noFurtherJobStartsDuringShutdown() {
        assertThat(slowWork.nextStepRan).isFalse();
    }

    @Test
    void theNextJobIsLeftUnlockedForTheNextStartOrAnotherNode() {
        assertThat(jobsAfterRestart).singleElement().satisfies(job -> {
            assertThat(job.get("ACT_ID_")).isEqualTo(NEXT_STEP);
            assertThat(job.get("LOCK_OWNER_")).isNull();
            assertThat(job.get("LOCK_EXP_TIME_")).isNull();
        });
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        String[] common = {
                "--server.port=0",
                "--complaints.mail.embedded.port=0",
                // an engine named "default" would replace, and on close unregister, the one that the shared
                // @DeskTest context's engine REST API looks up by that name
                "--camunda.bpm.generate-unique-process-engine-name=true"};
        String[] all = new String[common.length + arguments.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(arguments, 0, all, common.length, arguments.length);
        return new SpringApplicationBuilder(ComplaintDeskApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("slowWork", slowWork))
                .run(all);
    }

    /** start, an asynchronous step that calls ${slowWork.run()}, another asynchronous step, end. */
    private static BpmnModelInstance slowWorkProcess() {
        return Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask(SLOW_STEP).camundaAsyncBefore().camundaExpression("${slowWork.run()}")
                .serviceTask(NEXT_STEP).camundaAsyncBefore().camundaExpression("${slowWork.nextStep()}")
                .endEvent()
                .done();
    }

    /** A job's work that takes its time, and tells whether it started, finished or was interrupted. */
    public static class SlowWork {

        final CountDownLatch started = new CountDownLatch(1);
        volatile boolean finished;
        volatile boolean interrupted;
        volatile boolean nextStepRan;
        private final Duration takes;

        SlowWork(Duration takes) {
            this.takes = takes;
        }

        public void run() throws InterruptedException {
            started.countDown();
            try {
                Thread.sleep(takes.toMillis());
            } catch (InterruptedException e) {
                interrupted = true;
                throw e;
            }
            finished = true;
        }

        public void nextStep() {
            nextStepRan = true;
        }
    }
}
