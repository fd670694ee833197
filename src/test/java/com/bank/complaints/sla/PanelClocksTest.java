package com.bank.complaints.sla;

import static com.bank.complaints.sla.BankTime.at;
import static com.bank.complaints.sla.BankTime.instant;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.BUSINESS_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.COMPLIANCE_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EXECUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ISSUE_FINAL_SOLUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.LEGAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The expert panel's own clocks (R-RES-4) on the real app with a controlled clock: PANEL_REVIEW on
 * SubProcess_PanelReview and FINAL_SOLUTION on SubProcess_FinalSolution of complaint-escalation,
 * driven through their timer jobs.
 */
@DeskTest
class PanelClocksTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PANEL_REVIEW_WARNING = "Timer_PanelReviewWarning";
    private static final String PANEL_REVIEW_DUE = "Timer_PanelReview5WorkingDays";
    private static final String FINAL_SOLUTION_WARNING = "Timer_FinalSolutionWarning";
    private static final String FINAL_SOLUTION_DUE = "Timer_FinalSolution10WorkingDays";

    @Autowired
    CaseDriver cases;
    @Autowired
    SlaClocks clocks;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R-RES-4 the panel-review warning tells the experts still reviewing; at the due date the breach is recorded, supervisors told and a slaBreach incident raised")
    void panelReviewWarnsAndBreaches() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = escalated();
        ClockRecord review = clock(ref, SlaClock.PANEL_REVIEW);
        assertThat(review.startedAt()).isEqualTo(instant(2026, 11, 23, 10, 0));
        assertThat(review.dueAt()).isEqualTo(instant(2026, 11, 30, 10, 0));
        assertThat(cases.timerDue(ref, PANEL_REVIEW_DUE)).isEqualTo(review.dueAt());
        assertThat(cases.timerDue(ref, PANEL_REVIEW_WARNING)).isEqualTo(review.warningAt());
        cases.complete(ref, LEGAL_REVIEW, "legal", Map.of("legalOpinion", "The marketing text was ambiguous."));

        ClockUtil.setCurrentTime(Date.from(review.warningAt()));
        cases.runJobs(ref);

        assertThat(Mails.recipientsOf(greenMail, "SLA warning: " + ref + " panel review"))
                .containsExactlyInAnyOrder("riskexpert@bank.example", "business@bank.example");
        assertThat(breaches(ref, SlaClock.PANEL_REVIEW)).isEmpty();

        ProcessInstance panel = panel(ref);
        ClockUtil.setCurrentTime(Date.from(review.dueAt()));
        cases.runJobs(ref);

        assertThat(breaches(ref, SlaClock.PANEL_REVIEW)).singleElement()
                .satisfies(breach -> assertThat(breach).containsEntry("STAGE", "Panel review"));
        Incident incident = runtimeService.createIncidentQuery().incidentType(SlaEvents.INCIDENT_TYPE)
                .processInstanceId(cases.process(ref).getId()).configuration(SlaClock.PANEL_REVIEW.name()).singleResult();
        assertThat(incident.getIncidentMessage()).contains("panel review", "Panel review");
        assertThat(Mails.recipientsOf(greenMail, "SLA breach: " + ref + " panel review")).contains("supervisor@bank.example");
        assertThat(cases.openTasks(ref)).containsExactlyInAnyOrder(COMPLIANCE_REVIEW, BUSINESS_REVIEW);
    }

    @Test
    @DisplayName("R-RES-4 a panel that answers in time gets no breach: each clock stops with its promise, its timers go, and the tasks are due with their clock")
    void panelInTimeIsNoBreach() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = escalated();
        Instant reviewDue = clock(ref, SlaClock.PANEL_REVIEW).dueAt();
        Instant solutionDue = clock(ref, SlaClock.FINAL_SOLUTION).dueAt();
        assertThat(solutionDue).isEqualTo(instant(2026, 12, 7, 10, 0));
        for (String review : List.of(LEGAL_REVIEW, COMPLIANCE_REVIEW, BUSINESS_REVIEW)) {
            assertThat(cases.task(ref, review).getDueDate().toInstant()).as(review).isEqualTo(reviewDue);
        }

        ClockUtil.setCurrentTime(at(2026, 11, 25, 10, 0));
        review(ref);

        assertThat(clock(ref, SlaClock.PANEL_REVIEW).stoppedAt()).isEqualTo(instant(2026, 11, 25, 10, 0));
        assertThat(timers(ref)).doesNotContain(PANEL_REVIEW_WARNING, PANEL_REVIEW_DUE)
                .contains(FINAL_SOLUTION_WARNING, FINAL_SOLUTION_DUE);
        assertThat(cases.task(ref, RECORD_CUSTOMER_MEETING).getDueDate().toInstant()).isEqualTo(solutionDue);
        meet(ref);
        assertThat(cases.task(ref, ISSUE_FINAL_SOLUTION).getDueDate().toInstant()).isEqualTo(solutionDue);
        decide(ref);

        assertThat(clock(ref, SlaClock.FINAL_SOLUTION).stoppedAt()).isEqualTo(instant(2026, 11, 25, 10, 0));
        assertThat(panel(ref)).as("the panel has ended").isNull();
        assertThat(timers(ref)).doesNotContain(PANEL_REVIEW_WARNING, PANEL_REVIEW_DUE, FINAL_SOLUTION_WARNING,
                FINAL_SOLUTION_DUE);
        ClockUtil.setCurrentTime(at(2026, 12, 8, 10, 0));
        cases.runJobs(ref);
        assertThat(breaches(ref, SlaClock.PANEL_REVIEW)).isEmpty();
        assertThat(breaches(ref, SlaClock.FINAL_SOLUTION)).isEmpty();
        assertThat(Mails.subjectsAbout(greenMail, ref)).noneMatch(s -> s.contains(" panel review ") || s.contains(" final solution "));
    }

    @Test
    @DisplayName("R-RES-4 the final-solution warning tells whoever holds the panel's work; at the due date the breach is recorded and a slaBreach incident raised on it")
    void finalSolutionWarnsAndBreaches() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        String ref = escalated();
        review(ref);
        meet(ref);
        ClockRecord solution = clock(ref, SlaClock.FINAL_SOLUTION);
        assertThat(cases.timerDue(ref, FINAL_SOLUTION_DUE)).isEqualTo(solution.dueAt());
        assertThat(cases.timerDue(ref, FINAL_SOLUTION_WARNING)).isEqualTo(solution.warningAt());

        ClockUtil.setCurrentTime(Date.from(solution.warningAt()));
        cases.runJobs(ref);

        assertThat(Mails.recipientsOf(greenMail, "SLA warning: " + ref + " final solution")).contains("supervisor@bank.example")
                .doesNotContain("legal@bank.example", "business@bank.example");
        assertThat(breaches(ref, SlaClock.FINAL_SOLUTION)).isEmpty();

        ProcessInstance panel = panel(ref);
        ClockUtil.setCurrentTime(Date.from(solution.dueAt()));
        cases.runJobs(ref);

        assertThat(breaches(ref, SlaClock.FINAL_SOLUTION)).singleElement()
                .satisfies(breach -> assertThat(breach).containsEntry("STAGE", "Final solution within 10 working days"));
        Incident incident = runtimeService.createIncidentQuery().incidentType(SlaEvents.INCIDENT_TYPE)
                .processInstanceId(cases.process(ref).getId()).configuration(SlaClock.FINAL_SOLUTION.name()).singleResult();
        assertThat(incident.getIncidentMessage()).contains(ref, "final solution");
        assertThat(Mails.recipientsOf(greenMail, "SLA breach: " + ref + " final solution")).contains("supervisor@bank.example");

        decide(ref);
        assertThat(passed(panel, "Task_SendFinalSolution")).isTrue();
        assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).count())
                .as("the breach stays in Cockpit after the panel has answered").isOne();
        assertThat(cases.openTasks(ref)).doesNotContain(ISSUE_FINAL_SOLUTION);
        assertThat(runtimeService.getActivityInstance(cases.process(ref).getId()).getActivityInstances(EXECUTION))
                .as("the lifecycle carries the final solution out").isNotEmpty();
    }

    /** A fee dispute whose investigation finds a liability dispute goes to the expert panel (R-INV-4). */
    private String escalated() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "LIABILITY_DISPUTE");
        assertThat(cases.openTasks(ref)).containsExactlyInAnyOrder(LEGAL_REVIEW, COMPLIANCE_REVIEW, BUSINESS_REVIEW);
        return ref;
    }

    private void review(String ref) {
        cases.complete(ref, LEGAL_REVIEW, "legal", Map.of("legalOpinion", "The marketing text was ambiguous."));
        cases.complete(ref, COMPLIANCE_REVIEW, "riskexpert", Map.of("complianceOpinion", "No rule was broken."));
        cases.complete(ref, BUSINESS_REVIEW, "business", Map.of("businessOpinion", "Goodwill is justified."));
    }

    private void meet(String ref) {
        cases.complete(ref, RECORD_CUSTOMER_MEETING, "business",
                Map.of("meetingMode", "VIDEO", "meetingNotes", "Customer heard the panel's view."));
    }

    /** A supervisor decides an explanation as the final solution; it is sent at once. */
    private void decide(String ref) {
        Map<String, Object> decision = new HashMap<>();
        decision.put(Variables.REMEDY_TYPE, "EXPLANATION_ONLY");
        decision.put(Variables.REMEDY_AMOUNT, null);
        decision.put(Variables.REMEDY_DETAILS, "Final offer of the panel.");
        decision.put(Variables.FINAL_SOLUTION, "The fee stands; the bank explains how it was charged.");
        cases.complete(ref, ISSUE_FINAL_SOLUTION, "supervisor", decision);
    }

    /** The running expert panel of the complaint, or null once it has ended. */
    private ProcessInstance panel(String ref) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintLifecycle.ESCALATION_PROCESS_KEY)
                .processInstanceBusinessKey(ref).singleResult();
    }

    private boolean passed(ProcessInstance process, String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(activityId).finished().count() > 0;
    }

    private ClockRecord clock(String ref, SlaClock clock) {
        return clocks.find(ref, clock).orElseThrow();
    }

    /** The timer events waiting in the complaint's processes. */
    private List<String> timers(String ref) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref).list().stream()
                .flatMap(process -> managementService.createJobQuery().processInstanceId(process.getId()).timers().list().stream())
                .map(this::activityOf)
                .toList();
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    private List<Map<String, Object>> breaches(String ref, SlaClock clock) {
        return jdbc.queryForList("SELECT clock, stage, assignee FROM sla_breach WHERE reference = ? AND clock = ?", ref,
                clock.name());
    }
}
