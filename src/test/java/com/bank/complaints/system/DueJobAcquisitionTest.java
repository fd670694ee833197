package com.bank.complaints.system;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19: the job executor finds due jobs by an index on their due date, so every job has one; a job an
 * earlier version wrote without a due date is made due at start rather than left unseen.
 */
@DeskTest
@ExtendWith(OutputCaptureExtension.class)
class DueJobAcquisitionTest {

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    DueJobAcquisitionPlugin plugin;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("the job table has indexes on the due date and on the lock's expiry")
    void jobTableIsIndexedForAcquisition() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(plugin.missingIndexes(connection)).isEmpty();
        }
    }

    @Test
    @DisplayName("a complaint's asynchronous steps are due from the moment they are created")
    void everyJobHasADueDate() {
        Date before = ClockUtil.getCurrentTime();
        String reference = desk.accepted(feeComplaint());

        String process = cases.process(reference).getId();
        List<Job> jobs = managementService.createJobQuery().processInstanceId(process).list();
        List<Job> steps = managementService.createJobQuery().processInstanceId(process).messages().list();

        assertThat(jobs).isNotEmpty().allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
        assertThat(steps).isNotEmpty().allSatisfy(job -> assertThat(job.getDuedate()).isAfterOrEqualTo(before)
                .isBeforeOrEqualTo(ClockUtil.getCurrentTime()));
        assertThat(acquirable()).containsAll(jobs.stream().filter(job -> !job.getDuedate().after(new Date()))
                .map(Job::getId).toList());
        cases.runJobs(reference);
    }

    @Test
    @DisplayName("a job left without a due date by an earlier version is made due when the node starts")
    void jobWithoutDueDateIsMadeDueAtStart() {
        String reference = desk.accepted(feeComplaint());
        Job step = managementService.createJobQuery().processInstanceId(cases.process(reference).getId()).messages().list().get(0);
        jdbc.update("UPDATE ACT_RU_JOB SET DUEDATE_ = NULL WHERE ID_ = ?", step.getId());
        assertThat(acquirable()).doesNotContain(step.getId());

        plugin.postProcessEngineBuild(processEngine);

        assertThat(acquirable()).contains(step.getId());
        assertThat(managementService.createJobQuery().jobId(step.getId()).singleResult().getDuedate()).isNotNull();
        cases.runJobs(reference);
        assertThat(managementService.createJobQuery().jobId(step.getId()).count()).isZero();
    }

    @Test
    @DisplayName("where the engine does not manage its schema (production), a missing index is named in the log with its statement and not created")
    void missingIndexIsReportedWhereTheSchemaIsNotManaged(CapturedOutput output) throws Exception {
        jdbc.execute("DROP INDEX " + DueJobAcquisitionPlugin.INDEXES.get("LOCK_EXP_TIME_"));
        try {
            StandaloneProcessEngineConfiguration production = new StandaloneProcessEngineConfiguration();
            production.setDataSource(dataSource);
            production.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
            DueJobAcquisitionPlugin atStart = new DueJobAcquisitionPlugin();
            atStart.postInit(production);

            atStart.postProcessEngineBuild(processEngine);

            try (Connection connection = dataSource.getConnection()) {
                assertThat(atStart.missingIndexes(connection)).containsExactly("LOCK_EXP_TIME_");
            }
            assertThat(output).contains("ACT_RU_JOB has no index on LOCK_EXP_TIME_")
                    .contains(atStart.create("LOCK_EXP_TIME_"));
        } finally {
            plugin.postProcessEngineBuild(processEngine);
        }
    }

    /** The ids of the jobs the job executor's acquisition would take now (read only: nothing is locked). */
    private List<String> acquirable() {
        return engine.getCommandExecutorTxRequired().execute(context -> context.getJobManager()
                .findNextJobsToExecute(new Page(0, 10_000)).stream().map(AcquirableJobEntity::getId).toList());
    }
}
