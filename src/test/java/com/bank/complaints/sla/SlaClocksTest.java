package com.bank.complaints.sla;

import static com.bank.complaints.sla.BankTime.at;
import static com.bank.complaints.sla.BankTime.instant;
import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.consultation;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.unclearComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_EXTENSION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.AWAIT_EVIDENCE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FIND_ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_FINDING;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.REVIEW_TRIAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.MailOutage;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.jdbc.core.JdbcTemplate;

/** SLA clocks on the real lifecycle with a controlled clock: deadlines, warnings, breaches, pauses, extensions. */
@DeskTest
class SlaClocksTest {

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    SlaClocks clocks;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CustomerResponses customer;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R-INTAKE-4 a complaint received before the Spring Festival: 24 h, 3 working days over the holiday and the make-up Saturday, 30 days")
    void receiptDeadlinesLandOnTheRightInstants() {
        ClockUtil.setCurrentTime(at(2026, 2, 12, 10, 0));

        String ref = cases.submit(beforeTheTransactionDate());

        assertThat(due(ref, SlaClock.FIRST_RESPONSE)).isEqualTo(instant(2026, 2, 13, 10, 0));
        assertThat(due(ref, SlaClock.REPLY)).isEqualTo(instant(2026, 2, 24, 10, 0));
        assertThat(due(ref, SlaClock.REGULATORY_CLOSE)).isEqualTo(instant(2026, 3, 14, 10, 0));
        assertThat(cases.timerDue(ref, "Timer_Reply3WorkingDays")).isEqualTo(instant(2026, 2, 24, 10, 0));
        assertThat(cases.timerDue(ref, "Timer_RegulatoryClose30d")).isEqualTo(instant(2026, 3, 14, 10, 0));
        assertThat(cases.task(ref, INVESTIGATE_COMPLAINT).getDueDate().toInstant()).isEqualTo(instant(2026, 2, 13, 10, 0));
    }

    @Test
    @DisplayName("R-INTAKE-4 a complex complaint gets 5 working days to reply once triage has classified it")
    void complexComplaintGetsFiveWorkingDays() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));

        String ref = cases.submit(with(feeComplaint(), "grievance", "Misleading marketing: the installment rate was hidden."));

        assertThat(cases.variable(ref, Variables.COMPLEXITY)).isEqualTo("COMPLEX");
        assertThat(due(ref, SlaClock.REPLY)).isEqualTo(instant(2026, 11, 30, 10, 0));
        assertThat(cases.timerDue(ref, "Timer_Reply3WorkingDays")).isEqualTo(instant(2026, 11, 30, 10, 0));
        assertThat(clock(ref, SlaClock.REPLY).policyRow()).contains("5 working days");
    }

    @Test
    @DisplayName("R-INTAKE-4 a classification left unreviewed holds back the first answer: the warning goes to the handlers, the breach to supervisors with a record and a slaBreach incident, each once")
    void firstResponseWarningAndBreach() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(with(unclearComplaint(), "customerEmail", "sla-first@example.com"));
        assertThat(cases.openTasks(ref)).containsExactly(REVIEW_TRIAGE);

        ClockUtil.setCurrentTime(at(2026, 11, 24, 5, 30));
        cases.runJobs(ref);
        assertThat(Mails.subjectsAbout(greenMail, ref)).anyMatch(s -> s.startsWith("SLA warning: " + ref + " first response"));
        assertThat(breaches(ref)).extracting(b -> b.get("CLOCK")).containsExactly("HANDLING_DIRECTION");

        ClockUtil.setCurrentTime(at(2026, 11, 24, 10, 1));
        cases.runJobs(ref);
        cases.runJobs(ref);

        assertThat(breaches(ref)).filteredOn(b -> "FIRST_RESPONSE".equals(b.get("CLOCK"))).singleElement().satisfies(breach -> {
            assertThat(breach).containsEntry("CLOCK", "FIRST_RESPONSE").containsEntry("STAGE", "Triage");
        });
        List<Incident> incidents = runtimeService.createIncidentQuery().incidentType(SlaEvents.INCIDENT_TYPE)
                .processInstanceId(cases.process(ref).getId()).configuration("FIRST_RESPONSE").list();
        assertThat(incidents).singleElement().satisfies(incident ->
                assertThat(incident.getIncidentMessage()).contains(ref, "first response", "Triage"));
        assertThat(Mails.subjectsAbout(greenMail, ref).stream().filter(s -> s.startsWith("SLA breach: " + ref + " first response"))).hasSize(1);
        assertThat(Mails.subjectsAbout(greenMail, ref).stream().filter(s -> s.startsWith("SLA warning: " + ref + " first response"))).hasSize(1);
    }

    @Test
    @DisplayName("R-INTAKE-4 a late task's warning goes to the person who claimed it, else to every member of its candidate group; the breach record names the claimant")
    void warningGoesToTheClaimantOrElseTheCandidateGroup() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String unclaimed = cases.submit(with(unclearComplaint(), "customerEmail", "sla-owner-a@example.com"));
        String claimed = cases.submit(with(unclearComplaint(), "customerEmail", "sla-owner-b@example.com"));
        Task claimedTask = cases.task(claimed, REVIEW_TRIAGE);
        String group = taskService.getIdentityLinksForTask(claimedTask.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).findFirst().orElseThrow();
        User colleague = identityService.newUser("slacolleague");
        colleague.setEmail("slacolleague@bank.example");
        identityService.saveUser(colleague);
        identityService.createMembership(colleague.getId(), group);
        try {
            taskService.claim(claimedTask.getId(), "handler");

            ClockUtil.setCurrentTime(at(2026, 11, 24, 10, 1));
            cases.runJobs(unclaimed);
            cases.runJobs(claimed);

            assertThat(Mails.recipientsOf(greenMail, "SLA warning: " + unclaimed + " first response"))
                    .contains("slacolleague@bank.example").doesNotHaveDuplicates();
            assertThat(Mails.recipientsOf(greenMail, "SLA warning: " + claimed + " first response"))
                    .containsExactly("handler@bank.example");
            assertThat(breaches(claimed)).filteredOn(b -> "FIRST_RESPONSE".equals(b.get("CLOCK"))).singleElement()
                    .satisfies(b -> assertThat(b).containsEntry("ASSIGNEE", "handler"));
            assertThat(breaches(unclaimed)).filteredOn(b -> "FIRST_RESPONSE".equals(b.get("CLOCK"))).singleElement()
                    .satisfies(b -> assertThat(b).containsEntry("ASSIGNEE", ""));
        } finally {
            identityService.deleteUser(colleague.getId());
        }
    }

    @Test
    @DisplayName("R-INTAKE-4 a breach whose notice cannot be mailed is recorded at once and stays; its timer is retried 5 minutes later and mails once")
    void breachIsRetriedWhenTheMailServerIsDown() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(with(feeComplaint(), "customerEmail", "sla-outage@example.com"));
        ClockUtil.setCurrentTime(at(2026, 11, 26, 10, 1));
        Job breach = managementService.createJobQuery().processInstanceId(cases.process(ref).getId())
                .activityId("Timer_Reply3WorkingDays").singleResult();

        try (MailOutage outage = MailOutage.of(mailSender)) {
            assertThatThrownBy(() -> managementService.executeJob(breach.getId())).isNotNull();
        }

        Job retry = managementService.createJobQuery().jobId(breach.getId()).singleResult();
        assertThat(retry.getRetries()).isEqualTo(2);
        assertThat(retry.getDuedate()).isEqualTo(at(2026, 11, 26, 10, 6));
        assertThat(breaches(ref)).singleElement().satisfies(b -> assertThat(b).containsEntry("CLOCK", "REPLY"));
        ClockUtil.setCurrentTime(at(2026, 11, 26, 10, 6));
        cases.runJobs(ref);
        assertThat(breaches(ref)).singleElement().satisfies(b -> assertThat(b).containsEntry("CLOCK", "REPLY"));
        assertThat(Mails.subjectsAbout(greenMail, ref).stream().filter(s -> s.startsWith("SLA breach: " + ref))).hasSize(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(cases.process(ref).getId())
                .incidentType("slaBreach").count()).isOne();
    }

    @Test
    @DisplayName("R-INTAKE-4 a first response given in time stops the clock: its timers fire without a breach")
    void keptPromiseIsNoBreach() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(feeComplaint());
        cases.complete(ref, INVESTIGATE_COMPLAINT, "handler", Map.of(Variables.INVESTIGATION_NOTES, "Checked.",
                Variables.EVIDENCE_NEEDED, false));

        ClockUtil.setCurrentTime(at(2026, 11, 24, 11, 0));
        cases.runJobs(ref);

        assertThat(clock(ref, SlaClock.FIRST_RESPONSE).stoppedAt()).isEqualTo(instant(2026, 11, 23, 10, 0));
        assertThat(breaches(ref)).isEmpty();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(cases.process(ref).getId()).count()).isZero();
    }

    @Test
    @DisplayName("R-TRIAGE-4 an urgent intervention late by the hour is a breach on the protective-measures task")
    void urgentInterventionBreachIsOnTheLateTask() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(cardFraudComplaint());
        assertThat(cases.task(ref, APPLY_PROTECTIVE_MEASURES).getDueDate().toInstant()).isEqualTo(instant(2026, 11, 23, 11, 0));

        ClockUtil.setCurrentTime(at(2026, 11, 23, 11, 5));
        cases.runJobs(ref);

        assertThat(breaches(ref)).extracting(b -> b.get("CLOCK")).contains("URGENT_INTERVENTION");
        Incident incident = runtimeService.createIncidentQuery().incidentType(SlaEvents.INCIDENT_TYPE)
                .processInstanceId(cases.process(ref).getId()).configuration("URGENT_INTERVENTION").singleResult();
        assertThat(incident.getIncidentMessage()).contains(ref, "urgent intervention", "stage Urgent green channel");
    }

    @Test
    @DisplayName("R-INV-3 waiting for the customer's evidence pauses the reply clock: its deadline moves by exactly the paused working time")
    void evidenceWaitPausesTheReplyClock() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(feeComplaint());
        Instant replyDue = due(ref, SlaClock.REPLY);
        ClockUtil.setCurrentTime(at(2026, 11, 23, 11, 0));
        cases.complete(ref, INVESTIGATE_COMPLAINT, "handler", Map.of(Variables.INVESTIGATION_NOTES, "Ledger checked.",
                Variables.EVIDENCE_NEEDED, true, Variables.EVIDENCE_REQUEST, "The SMS debit notices."));
        assertThat(cases.openTasks(ref)).contains(AWAIT_EVIDENCE);

        ClockUtil.setCurrentTime(at(2026, 11, 25, 15, 30));
        assertThat(customer.provideEvidence(ref, "Two screenshots.")).isTrue();
        cases.runJobs(ref);

        Duration paused = calendar.workingTimeBetween(instant(2026, 11, 23, 11, 0), instant(2026, 11, 25, 15, 30));
        assertThat(paused).isEqualTo(Duration.ofHours(7 + 9 + 6).plusMinutes(30));
        Instant shifted = due(ref, SlaClock.REPLY);
        assertThat(calendar.workingTimeBetween(replyDue, shifted)).isEqualTo(paused);
        assertThat(cases.timerDue(ref, "Timer_Reply3WorkingDays")).isEqualTo(shifted);
        assertThat(cases.task(ref, RECORD_FINDING).getDueDate().toInstant()).isEqualTo(shifted);
        assertThat(jdbc.queryForObject("SELECT paused_working_seconds FROM sla_pause WHERE reference = ?", Long.class, ref))
                .isEqualTo(paused.toSeconds());
        assertThat(due(ref, SlaClock.REGULATORY_CLOSE)).isEqualTo(instant(2026, 12, 23, 10, 0));
    }

    @Test
    @DisplayName("R-INTAKE-4 one 30-day extension: asked by the handler, approved by a senior manager, the timer moves, the customer is told, the change is audited")
    void regulatoryDeadlineIsExtendedOnce() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(with(feeComplaint(), "customerEmail", "sla-extension@example.com"));

        ResponseEntity<String> asked = requestExtension("handler", ref, "Waiting for the card network's chargeback ruling.");
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(requestExtension("handler", ref, "Again.").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        cases.complete(ref, APPROVE_EXTENSION, "director", Map.of(Variables.EXTENSION_APPROVED, true,
                "extensionDecisionNote", "Justified: third party ruling pending."));

        Instant extended = instant(2027, 1, 22, 10, 0);
        assertThat(due(ref, SlaClock.REGULATORY_CLOSE)).isEqualTo(extended);
        assertThat(cases.timerDue(ref, "Timer_RegulatoryClose30d")).isEqualTo(extended);
        assertThat(jdbc.queryForMap("SELECT kind, reason, changed_by FROM sla_due_change WHERE reference = ?", ref))
                .containsEntry("KIND", "EXTENDED").containsEntry("CHANGED_BY", "director")
                .containsEntry("REASON", "Waiting for the card network's chargeback ruling.");
        assertThat(Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> Mails.subject(m).equals("Your complaint " + ref + ": we need more time")))
                .singleElement().satisfies(m -> assertThat(Mails.recipients(m)).containsExactly("sla-extension@example.com"));
    }

    @Test
    @DisplayName("R-INTAKE-4 the regulatory breach also tells the compliance officers")
    void regulatoryBreachTellsCompliance() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(feeComplaint());

        cases.fireTimer(ref, "Timer_RegulatoryClose30d");

        assertThat(Mails.recipientsOf(greenMail, "SLA breach: " + ref + " regulatory close"))
                .contains("compliance@bank.example", "supervisor@bank.example");
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("R-REC-2 staff see why each deadline is what it is; anonymous callers do not")
    void deadlinesAudit() {
        ClockUtil.setCurrentTime(at(2026, 2, 12, 10, 0));
        String ref = cases.submit(beforeTheTransactionDate());

        ResponseEntity<Map> audit = desk.as("supervisor").getForEntity("/api/complaints/{ref}/deadlines", Map.class, ref);

        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> clockViews = (List<Map<String, Object>>) audit.getBody().get("clocks");
        assertThat(clockViews).anySatisfy(view -> {
            assertThat(view).containsEntry("clock", "REPLY");
            assertThat((String) view.get("policyRow")).contains("3 working days");
            assertThat((String) view.get("calendar")).contains("cn-2026.txt", "09:00-18:00");
        });
        assertThat(desk.anonymous().getForEntity("/api/complaints/{ref}/deadlines", Map.class, ref).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** The test complaint's transaction lies in October 2026; a complaint received earlier has no such date. */
    private static Map<String, Object> beforeTheTransactionDate() {
        return with(feeComplaint(), "transactionDate", null);
    }

    @Test
    @DisplayName("R-TRIAGE-4 the root-cause and preliminary-solution clocks of the green channel warn and breach on their tasks")
    void greenChannelClocks() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(cardFraudComplaint());

        cases.fireTimer(ref, "Timer_RootCauseWarning");
        cases.fireTimer(ref, "Timer_RootCause2h");
        cases.complete(ref, APPLY_PROTECTIVE_MEASURES, "ops", Map.of(Variables.STOP_PAYMENT, true,
                Variables.FREEZE_CARD, false, Variables.PROTECTIVE_MEASURES_NOTE, "Payment stopped."));
        cases.complete(ref, FIND_ROOT_CAUSE, "handler", Map.of(Variables.ROOT_CAUSE, "Skimming."));
        cases.fireTimer(ref, "Timer_PreliminarySolutionWarning");
        cases.fireTimer(ref, "Timer_PreliminarySolution24h");

        assertThat(breaches(ref)).extracting(b -> b.get("CLOCK"))
                .containsExactlyInAnyOrder("URGENT_ROOT_CAUSE", "URGENT_PRELIMINARY");
        assertThat(Mails.subjectsAbout(greenMail, ref)).anyMatch(s -> s.startsWith("SLA warning: " + ref + " urgent root cause"))
                .anyMatch(s -> s.startsWith("SLA warning: " + ref + " urgent preliminary"));
    }

    @Test
    @DisplayName("R-INTAKE-4 the reply and regulatory clocks warn, and the reply clock breaches, while the case is open")
    void replyAndRegulatoryClocks() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(feeComplaint());

        cases.fireTimer(ref, "Timer_ReplyWarning");
        cases.fireTimer(ref, "Timer_Reply3WorkingDays");
        cases.fireTimer(ref, "Timer_RegulatoryCloseWarning");

        assertThat(breaches(ref)).extracting(b -> b.get("CLOCK")).containsExactly("REPLY");
        assertThat(Mails.subjectsAbout(greenMail, ref)).anyMatch(s -> s.startsWith("SLA warning: " + ref + " reply"))
                .anyMatch(s -> s.startsWith("SLA warning: " + ref + " regulatory close"));
    }

    @Test
    @DisplayName("R-FB-1 / R-FB-3 a result notice sent in time is no breach; a late callback is")
    void resultNoticeAndCallbackClocks() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(consultation());
        cases.complete(ref, "Task_AnswerConsultation", "handler", Map.of(Variables.CONSULTATION_ANSWER, "In the app."));

        cases.fireTimer(ref, "Timer_ResultNoticeWarning");
        cases.fireTimer(ref, "Timer_ResultNotice1WorkingDay");
        assertThat(clock(ref, SlaClock.RESULT_NOTICE).stoppedAt()).isNotNull();
        assertThat(customer.rate(ref, 5)).isTrue();
        cases.runJobs(ref);
        cases.fireTimer(ref, "Timer_CallbackWarning");
        cases.fireTimer(ref, "Timer_CallbackOverdue");

        assertThat(breaches(ref)).extracting(b -> b.get("CLOCK")).containsExactly("CALLBACK");
    }

    @Test
    @DisplayName("R-INTAKE-4 a refused extension leaves the regulatory deadline where it was")
    void refusedExtensionChangesNothing() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = cases.submit(feeComplaint());
        Instant due = due(ref, SlaClock.REGULATORY_CLOSE);

        requestExtension("handler", ref, "More time, please.");
        cases.complete(ref, APPROVE_EXTENSION, "director", Map.of(Variables.EXTENSION_APPROVED, false,
                "extensionDecisionNote", "The case is simple enough."));

        assertThat(due(ref, SlaClock.REGULATORY_CLOSE)).isEqualTo(due);
        assertThat(cases.timerDue(ref, "Timer_RegulatoryClose30d")).isEqualTo(due);
        assertThat(requestExtension("handler", ref, "Again.").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private ResponseEntity<String> requestExtension(String user, String ref, String reason) {
        return desk.as(user).postForEntity("/api/complaints/{ref}/extension", Desk.json(Map.of("reason", reason)),
                String.class, ref);
    }

    private ClockRecord clock(String ref, SlaClock clock) {
        return clocks.find(ref, clock).orElseThrow();
    }

    private Instant due(String ref, SlaClock clock) {
        return clock(ref, clock).dueAt();
    }

    private List<Map<String, Object>> breaches(String ref) {
        return jdbc.queryForList("SELECT clock, stage, assignee FROM sla_breach WHERE reference = ?", ref);
    }
}
