package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import com.bank.complaints.ComplaintDeskApplication;
import com.bank.complaints.TestComplaints;
import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.intake.IntakeService;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application twice on one H2 file database: what the first run stored is there in
 * the second, and an unchanged restart creates neither models nor demo users again.
 */
class RestartTest {

    private static String reference;
    private static Observed beforeRestart;
    private static Observed afterRestart;

    @BeforeAll
    static void startTwice(@TempDir Path dataDirectory) {
        String[] arguments = {
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("desk") + ";LOCK_TIMEOUT=10000",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--complaints.mail.embedded.port=0",
                // an engine named "default" would replace, and on close unregister, the one that the shared
                // @DeskTest context's engine REST API looks up by that name
                "--camunda.bpm.generate-unique-process-engine-name=true"};
        try (ConfigurableApplicationContext firstRun = start(arguments)) {
            reference = firstRun.getBean(IntakeService.class)
                    .submit(TestComplaints.submission(TestComplaints.feeComplaint()), "agent").reference();
            beforeRestart = Observed.in(firstRun);
        }
        try (ConfigurableApplicationContext secondRun = start(arguments)) {
            afterRestart = Observed.in(secondRun);
        }
    }

    @Test
    @DisplayName("R-REC-1 a restart keeps the complaint record")
    void restartKeepsTheComplaintRecord() {
        assertThat(afterRestart.complaint()).isPresent().isEqualTo(beforeRestart.complaint());
    }

    @Test
    void restartKeepsTheComplaintsRunningProcess() {
        assertThat(afterRestart.processInstanceId()).isNotNull().isEqualTo(beforeRestart.processInstanceId());
    }

    @Test
    void restartCreatesNoDemoUserAgain() {
        assertThat(afterRestart.users()).isPositive().isEqualTo(beforeRestart.users());
    }

    @Test
    void unchangedRestartDeploysNoModelAgain() {
        assertThat(afterRestart.deployments()).isPositive().isEqualTo(beforeRestart.deployments());
    }

    private static ConfigurableApplicationContext start(String[] arguments) {
        return new SpringApplicationBuilder(ComplaintDeskApplication.class).run(arguments);
    }

    /** What one run of the application holds about the test complaint and itself. */
    private record Observed(Optional<Complaint> complaint, String processInstanceId, long users, long deployments) {

        static Observed in(ConfigurableApplicationContext app) {
            ProcessInstance process = app.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processDefinitionKey(ComplaintLifecycle.PROCESS_KEY)
                    .processInstanceBusinessKey(reference)
                    .singleResult();
            return new Observed(app.getBean(ComplaintRepository.class).find(reference),
                    process == null ? null : process.getId(),
                    app.getBean(IdentityService.class).createUserQuery().count(),
                    app.getBean(RepositoryService.class).createDeploymentQuery().count());
        }
    }
}
