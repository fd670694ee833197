package com.bank.complaints.sla;

import static com.bank.complaints.sla.BankTime.at;
import static com.bank.complaints.sla.BankTime.instant;
import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.consultation;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.CALLBACK_CUSTOMER;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FIND_ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_PRELIMINARY_SOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.MailOutage;
import com.bank.complaints.Mails;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.notification.GatewayStub;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What the customer is promised, kept where the customer sees it: each test drives the real lifecycle
 * through its jobs and timers under a set clock, and asserts what the customer received and when it was due.
 */
@DeskTest
class PromisesKeptTest {

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    HistoryService historyService;
    @Autowired
    SlaClocks clocks;
    @Autowired
    CustomerResponses customer;
    @Autowired
    GreenMail greenMail;
    @Autowired
    GatewayStub gateway;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R-INTAKE-4 the first clear answer reaches the customer by mail and SMS: who handles the case, what happens next, the reply date; the clock stops when it is sent")
    void firstAnswerIsAMessageToTheCustomer() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(with(feeComplaint(), "customerEmail", "first-answer@example.com"));

        MimeMessage answer = mailTo("first-answer@example.com", "who handles it");
        String body = Mails.text(answer);
        assertThat(body).contains("our complaint handling team", "checks your contract",
                "2026-11-26 10:00 (+08:00)");
        assertThat(gateway.received()).anyMatch(sms -> sms.text().contains(ref) && sms.text().contains("assessed"));
        assertThat(clock(ref, SlaClock.FIRST_RESPONSE).stoppedAt()).isEqualTo(instant(2026, 11, 23, 10, 0));
        assertThat(clock(ref, SlaClock.HANDLING_DIRECTION).stoppedAt()).isEqualTo(instant(2026, 11, 23, 10, 0));
        assertThat(cases.openTasks(ref)).containsExactly(INVESTIGATE_COMPLAINT);
    }

    @Test
    @DisplayName("R-INTAKE-4 the first answer is written in the customer's language")
    void firstAnswerSpeaksTheCustomersLanguage() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        cases.submit(with(with(feeComplaint(), "language", "zh"), "customerEmail", "first-answer-zh@example.com"));

        assertThat(Mails.text(mailTo("first-answer-zh@example.com", "处理人员与后续安排"))).contains("投诉处理团队");
    }

    @Test
    @DisplayName("R-INTAKE-4 a first answer that cannot be sent keeps the clock running: at 24 hours the breach is recorded, and the KPI counts it as missed")
    void unsentFirstAnswerIsABreach() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref;
        try (MailOutage outage = MailOutage.of(mailSender)) {
            ref = desk.accepted(feeComplaint());
            cases.runJobsDespiteFailures(ref);
            assertThat(cases.openTasks(ref)).containsExactly(INVESTIGATE_COMPLAINT);
        }
        assertThat(clock(ref, SlaClock.FIRST_RESPONSE).running()).isTrue();

        ClockUtil.setCurrentTime(at(2026, 11, 24, 10, 1));
        cases.runJobs(ref);

        assertThat(breaches(ref)).containsExactlyInAnyOrder("FIRST_RESPONSE", "HANDLING_DIRECTION");
        assertThat(onTime(SlaClock.FIRST_RESPONSE, ref)).isFalse();
    }

    @Test
    @DisplayName("R-TRIAGE-4 the joint team is engaged when one of them takes a green-channel task: the 15-minute clock stops, no breach")
    void engagedJointTeamKeepsTheFifteenMinutes() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(cardFraudComplaint());
        assertThat(cases.timerDue(ref, "Timer_UrgentEngagement15m")).isEqualTo(instant(2026, 11, 23, 10, 15));

        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 9));
        cases.claim(ref, APPLY_PROTECTIVE_MEASURES, "ops");
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 20));
        cases.runJobs(ref);

        assertThat(clock(ref, SlaClock.URGENT_ENGAGEMENT).stoppedAt()).isEqualTo(instant(2026, 11, 23, 10, 9));
        assertThat(breaches(ref)).doesNotContain("URGENT_ENGAGEMENT");
    }

    @Test
    @DisplayName("R-TRIAGE-4 nobody takes the urgent case within 15 minutes of receipt: a breach with an slaBreach incident")
    void unengagedJointTeamIsABreach() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(cardFraudComplaint());

        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 12, 30));
        cases.runJobs(ref);
        assertThat(Mails.subjectsAbout(greenMail, ref)).anyMatch(s -> s.startsWith("SLA warning: " + ref + " urgent engagement"));
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 16));
        cases.runJobs(ref);

        assertThat(breaches(ref)).contains("URGENT_ENGAGEMENT");
        assertThat(incidents(ref)).anyMatch(i -> "URGENT_ENGAGEMENT".equals(i.getConfiguration()));
    }

    @Test
    @DisplayName("R-TRIAGE-4 the handling direction is due 4 hours after receipt and given with the first answer; a consultation has none")
    void handlingDirectionWithinFourHours() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String general = cases.submit(feeComplaint());
        String question = cases.submit(consultation());

        assertThat(clock(general, SlaClock.HANDLING_DIRECTION).dueAt()).isEqualTo(instant(2026, 11, 23, 14, 0));
        assertThat(clock(general, SlaClock.HANDLING_DIRECTION).stoppedAt()).isEqualTo(instant(2026, 11, 23, 10, 0));
        assertThat(clock(question, SlaClock.HANDLING_DIRECTION).policyRow()).startsWith("not applicable");
        ClockUtil.setCurrentTime(at(2026, 11, 23, 14, 1));
        cases.runJobs(question);
        assertThat(breaches(question)).isEmpty();
    }

    @Test
    @DisplayName("R-TRIAGE-4 the preliminary solution is due 24 hours after receipt, not after its task starts, and the customer receives it")
    void preliminarySolutionReachesTheCustomerWithin24Hours() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(with(cardFraudComplaint(), "customerEmail", "prelim@example.com"));
        ClockUtil.setCurrentTime(at(2026, 11, 23, 15, 0));
        cases.complete(ref, APPLY_PROTECTIVE_MEASURES, "ops", Map.of(Variables.FREEZE_CARD, true, Variables.STOP_PAYMENT, false));
        cases.complete(ref, FIND_ROOT_CAUSE, "ops", Map.of(Variables.ROOT_CAUSE, "Card skimmed."));
        cases.runJobs(ref);

        assertThat(cases.task(ref, PROPOSE_PRELIMINARY_SOLUTION).getDueDate().toInstant()).isEqualTo(instant(2026, 11, 24, 10, 0));
        ClockUtil.setCurrentTime(at(2026, 11, 23, 18, 0));
        cases.complete(ref, PROPOSE_PRELIMINARY_SOLUTION, "handler",
                Map.of(Variables.PRELIMINARY_SOLUTION, "Provisional credit of the disputed amount."));
        cases.runJobs(ref);

        assertThat(Mails.text(mailTo("prelim@example.com", "our first solution"))).contains("Provisional credit of the disputed amount.");
        assertThat(clock(ref, SlaClock.URGENT_PRELIMINARY).stoppedAt()).isEqualTo(instant(2026, 11, 23, 18, 0));
        assertThat(cases.openTasks(ref)).contains(INVESTIGATE_COMPLAINT);
    }

    @Test
    @DisplayName("R-TRIAGE-4 with the mail server down the urgent case still reaches the joint team, and the green channel goes on past its unsent messages")
    void greenChannelNeverWaitsForAMail() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        try (MailOutage outage = MailOutage.of(mailSender)) {
            String ref = desk.accepted(cardFraudComplaint());
            cases.runJobsDespiteFailures(ref);
            assertThat(cases.openTasks(ref)).containsExactlyInAnyOrder(APPLY_PROTECTIVE_MEASURES, FIND_ROOT_CAUSE);

            cases.completeOnly(ref, APPLY_PROTECTIVE_MEASURES, "ops", Map.of(Variables.FREEZE_CARD, true, Variables.STOP_PAYMENT, false));
            cases.runJobsDespiteFailures(ref);
            cases.completeOnly(ref, FIND_ROOT_CAUSE, "ops", Map.of(Variables.ROOT_CAUSE, "Card skimmed."));
            cases.runJobsDespiteFailures(ref);
            cases.completeOnly(ref, PROPOSE_PRELIMINARY_SOLUTION, "handler", Map.of(Variables.PRELIMINARY_SOLUTION, "Credit."));
            cases.runJobsDespiteFailures(ref);

            assertThat(cases.openTasks(ref)).containsExactly(INVESTIGATE_COMPLAINT);
            assertThat(pendingMessages(ref)).contains(Activities.SEND_RECEIPT, Activities.NOTIFY_PROTECTIVE_MEASURES,
                    Activities.SEND_PRELIMINARY_SOLUTION);
        }
    }

    @Test
    @DisplayName("R-FB-3 the callback is due N after the result notice, once: 7 days for a consultation, with no waiting before the task")
    void callbackIsDueOnceFromTheResultNotice() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(consultation());
        ClockUtil.setCurrentTime(at(2026, 11, 24, 9, 0));
        cases.complete(ref, Activities.ANSWER_CONSULTATION, "handler", Map.of(Variables.CONSULTATION_ANSWER, "In the app."));
        assertThat(customer.rate(ref, 5)).isTrue();
        cases.runJobs(ref);

        ClockRecord callback = clock(ref, SlaClock.CALLBACK);
        assertThat(callback.startedAt()).isEqualTo(clock(ref, SlaClock.RESULT_NOTICE).stoppedAt());
        assertThat(Duration.between(callback.startedAt(), callback.dueAt())).isEqualTo(Duration.ofDays(7));
        assertThat(cases.task(ref, CALLBACK_CUSTOMER).getDueDate().toInstant()).isEqualTo(callback.dueAt());
        assertThat(cases.timerDue(ref, "Timer_CallbackOverdue")).isEqualTo(callback.dueAt());
    }

    @Test
    @DisplayName("R-INTAKE-4 a breach stays in Cockpit after the late work is done, naming reference, clock, due and stage in the bank's time zone, until the case is archived")
    void breachIncidentStaysUntilArchived() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(cardFraudComplaint());
        ClockUtil.setCurrentTime(at(2026, 11, 23, 11, 1));
        cases.runJobs(ref);
        assertThat(incidents(ref)).anyMatch(i -> "URGENT_INTERVENTION".equals(i.getConfiguration()));

        cases.complete(ref, APPLY_PROTECTIVE_MEASURES, "ops", Map.of(Variables.FREEZE_CARD, true, Variables.STOP_PAYMENT, false));
        cases.complete(ref, FIND_ROOT_CAUSE, "ops", Map.of(Variables.ROOT_CAUSE, "Card skimmed."));

        assertThat(incidents(ref)).filteredOn(i -> "URGENT_INTERVENTION".equals(i.getConfiguration())).singleElement()
                .satisfies(incident -> assertThat(incident.getIncidentMessage()).contains(ref, "urgent intervention",
                        "2026-11-23 11:00 Asia/Shanghai", "stage Urgent green channel"));
        assertThat(cases.openTasks(ref)).containsExactly(PROPOSE_PRELIMINARY_SOLUTION);
    }

    @Test
    @DisplayName("R-INTAKE-4 R-REC-1 an unresolved breach incident goes when the case is archived; the breach record stays")
    void breachIncidentGoesWithTheArchivedCase() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(consultation());
        cases.fireTimer(ref, SlaClock.REPLY.breachTimer());
        String lifecycle = cases.process(ref).getId();
        assertThat(incidents(ref)).singleElement().satisfies(i -> assertThat(i.getConfiguration()).isEqualTo("REPLY"));

        cases.complete(ref, Activities.ANSWER_CONSULTATION, "handler", Map.of(Variables.CONSULTATION_ANSWER, "In the app."));
        assertThat(customer.rate(ref, 5)).isTrue();
        cases.runJobs(ref);
        cases.callBackAndClose(ref);

        assertThat(cases.process(ref)).as("archived").isNull();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(lifecycle).count()).isZero();
        assertThat(historyService.createHistoricIncidentQuery().processInstanceId(lifecycle).incidentType(SlaEvents.INCIDENT_TYPE)
                .singleResult().isDeleted()).isTrue();
        assertThat(breaches(ref)).containsExactly("REPLY");
    }

    @Test
    @DisplayName("R-INTAKE-4 a supervisor resolves a breach incident in Cockpit; the breach record stays")
    void supervisorResolvesTheBreachIncident() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(cardFraudComplaint());
        ClockUtil.setCurrentTime(at(2026, 11, 23, 11, 1));
        cases.runJobs(ref);
        Incident incident = incidents(ref).stream().filter(i -> "URGENT_INTERVENTION".equals(i.getConfiguration()))
                .findFirst().orElseThrow();

        ResponseEntity<String> byHandler = resolve("handler", ref, "URGENT_INTERVENTION", "Not my call.");
        assertThat(byHandler.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(incidents(ref)).anyMatch(i -> i.getId().equals(incident.getId()));

        ResponseEntity<String> bySupervisor = resolve("supervisor", ref, "URGENT_INTERVENTION", "Ops lead reminded of the 1-hour rule.");

        assertThat(bySupervisor.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(incidents(ref)).noneMatch(i -> i.getId().equals(incident.getId()));
        assertThat(historyService.createHistoricIncidentQuery().incidentId(incident.getId()).singleResult())
                .satisfies(resolved -> {
                    assertThat(resolved.isResolved()).isTrue();
                    assertThat(resolved.getAnnotation()).isEqualTo("Resolved by supervisor: Ops lead reminded of the 1-hour rule.");
                });
        assertThat(breaches(ref)).contains("URGENT_INTERVENTION");
        assertThat(resolve("supervisor", ref, "URGENT_INTERVENTION", "Again.").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> resolve(String user, String ref, String clock, String note) {
        return desk.as(user).postForEntity("/api/complaints/{ref}/breaches/{clock}/resolution",
                Desk.json(Map.of("note", note)), String.class, ref, clock);
    }

    private List<String> pendingMessages(String ref) {
        return managementService.createJobQuery().processInstanceId(cases.process(ref).getId()).list().stream()
                .filter(job -> job.getExceptionMessage() != null)
                .map(job -> managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId())
                .toList();
    }

    private boolean onTime(SlaClock clock, String ref) {
        ClockRecord record = clock(ref, clock);
        return record.stoppedAt() != null && !record.stoppedAt().isAfter(record.dueAt());
    }

    private MimeMessage mailTo(String address, String subjectPart) {
        return Mails.to(greenMail, address).stream().filter(mail -> Mails.subject(mail).contains(subjectPart))
                .findFirst().orElseThrow(() -> new AssertionError("no mail \"" + subjectPart + "\" to " + address));
    }

    private List<Incident> incidents(String ref) {
        return runtimeService.createIncidentQuery().processInstanceId(cases.process(ref).getId())
                .incidentType(SlaEvents.INCIDENT_TYPE).list();
    }

    private ClockRecord clock(String ref, SlaClock clock) {
        return clocks.find(ref, clock).orElseThrow();
    }

    private List<String> breaches(String ref) {
        return jdbc.queryForList("SELECT clock FROM sla_breach WHERE reference = ?", String.class, ref);
    }
}
