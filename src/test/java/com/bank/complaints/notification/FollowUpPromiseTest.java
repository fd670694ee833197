package com.bank.complaints.notification;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FOLLOW_UP_DISSATISFIED;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 15 point 3, R-FB-2: a dissatisfied customer's issue is put right within 24 hours, watched by the supervisors. */
@DeskTest
class FollowUpPromiseTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2026-11-25T02:00:00Z");

    @Autowired
    CaseDriver cases;
    @Autowired
    CustomerResponses customer;
    @Autowired
    GreenMail greenMail;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R-FB-2 a satisfaction score of 2 opens a follow-up due 24 hours after the answer, not on the regulatory date")
    void lowScoreOpensAFollowUpDueIn24Hours() {
        String ref = dissatisfied();

        Task followUp = cases.task(ref, FOLLOW_UP_DISSATISFIED);

        assertThat(followUp.getDueDate()).isEqualTo(Date.from(ANSWERED.plus(Duration.ofHours(24))));
    }

    @Test
    @DisplayName("R-FB-2 the supervisors are copied when the follow-up opens")
    void supervisorsAreCopied() {
        String ref = dissatisfied();

        assertThat(Mails.to(greenMail, "supervisor@bank.example")).extracting(Mails::subject)
                .contains("Dissatisfied customer: " + ref + " to be followed up by 2026-11-26 10:00 (+08:00)");
    }

    /** A fast-track fee waiver, accepted and carried out; the customer then rates the result 2 of 5. */
    private String dissatisfied() {
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
        String ref = cases.submit(with(feeComplaint(), "customerEmail", "follow-up@example.com"));
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "FEE_WAIVER", 128.5);
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        cases.dualReview(ref, "ops", true);
        ClockUtil.setCurrentTime(Date.from(ANSWERED));
        assertThat(customer.rate(ref, 2)).isTrue();
        cases.runJobs(ref);
        return ref;
    }
}
