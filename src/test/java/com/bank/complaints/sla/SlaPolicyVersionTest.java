package com.bank.complaints.sla;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.sla.BankTime.at;
import static com.bank.complaints.sla.BankTime.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SLA policy's rows are kept per deployed version of the analysts' table (issue 19): a version an analyst
 * deploys must govern the very next clock, and withdrawing it must bring the previous version back.
 */
@DeskTest
class SlaPolicyVersionTest {

    private static final String FIRST_RESPONSE_HOURS =
            "<outputEntry id=\"OutputEntry_FirstResponse_Amount\"><text>24</text></outputEntry>";

    @Autowired
    CaseDriver cases;
    @Autowired
    SlaClocks clocks;
    @Autowired
    RepositoryService repositoryService;

    private Deployment analystsVersion;

    @AfterEach
    void withdrawTheVersionAndResetTheClock() {
        if (analystsVersion != null) {
            repositoryService.deleteDeployment(analystsVersion.getId(), true);
        }
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R-INTAKE-4 a newly deployed SLA policy governs the next complaint's clocks, and the previous version does again once it is withdrawn")
    void aNewPolicyVersionGovernsTheNextClock() throws IOException {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String before = cases.submit(feeComplaint());

        analystsVersion = repositoryService.createDeployment().name("sla-policy: first answer within 12 hours")
                .addString("sla-policy.dmn", policyWithFirstAnswerWithin(12)).deploy();
        String during = cases.submit(feeComplaint());

        repositoryService.deleteDeployment(analystsVersion.getId(), true);
        analystsVersion = null;
        String after = cases.submit(feeComplaint());

        assertThat(firstResponseDue(before)).isEqualTo(instant(2026, 11, 24, 10, 0));
        assertThat(firstResponseDue(during)).isEqualTo(instant(2026, 11, 23, 22, 0));
        assertThat(firstResponseDue(after)).isEqualTo(instant(2026, 11, 24, 10, 0));
    }

    private static String policyWithFirstAnswerWithin(int hours) throws IOException {
        String table = Files.readString(Path.of("processes", "sla-policy.dmn"));
        assertThat(table).contains(FIRST_RESPONSE_HOURS);
        return table.replace(FIRST_RESPONSE_HOURS, FIRST_RESPONSE_HOURS.replace(">24<", ">" + hours + "<"));
    }

    private Instant firstResponseDue(String reference) {
        return clocks.find(reference, SlaClock.FIRST_RESPONSE).orElseThrow().dueAt();
    }
}
