package com.bank.complaints.lifecycle;

import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.consultation;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.groupComplaint;
import static com.bank.complaints.TestComplaints.unclearComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One test per path through the lifecycle, read like the diagram. */
@DeskTest
class ComplaintLifecycleTest {

    /** A team lead works in both groups: the four-eyes rule must stop them approving their own proposal. */
    static final String TEAM_LEAD = "teamlead";

    @Autowired
    CaseDriver cases;
    @Autowired
    CustomerResponses customer;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CoreBankingStandIn bank;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        if (identityService.createUserQuery().userId(TEAM_LEAD).count() == 0) {
            User lead = identityService.newUser(TEAM_LEAD);
            lead.setPassword("team-lead-2026");
            identityService.saveUser(lead);
            identityService.createMembership(TEAM_LEAD, ComplaintLifecycle.Groups.COMPLAINT_HANDLERS);
            identityService.createMembership(TEAM_LEAD, ComplaintLifecycle.Groups.SUPERVISORS);
        }
    }

    @Test
    @DisplayName("R-TRIAGE-1/4 an urgent complaint takes the green channel: protection, root cause, preliminary solution, then the full case")
    void urgentComplaintTakesTheGreenChannel() {
        String ref = cases.submit(cardFraudComplaint());

        assertThat(cases.variable(ref, Variables.SEVERITY)).isEqualTo("URGENT");
        assertThat(cases.openTasks(ref)).containsExactlyInAnyOrder(APPLY_PROTECTIVE_MEASURES, FIND_ROOT_CAUSE);
        cases.complete(ref, APPLY_PROTECTIVE_MEASURES, "ops", Map.of(Variables.STOP_PAYMENT, true,
                Variables.FREEZE_CARD, true, Variables.PROTECTIVE_MEASURES_NOTE, "Card frozen, payments stopped."));
        cases.complete(ref, FIND_ROOT_CAUSE, "handler", Map.of(Variables.ROOT_CAUSE, "Card skimmed at a mall terminal."));
        cases.complete(ref, PROPOSE_PRELIMINARY_SOLUTION, "handler",
                Map.of(Variables.PRELIMINARY_SOLUTION, "Provisional credit while the chargeback runs."));
        cases.investigate(ref, "FACT_CLEAR");
        proposeAndApprove(ref, "REFUND", 3200, "supervisor");
        customer.decideOnOffer(ref, true, 0);
        cases.runJobs(ref);
        cases.dualReview(ref, "ops", true);
        rateAndCallBack(ref, 5);

        assertThat(cases.process(ref)).isNull();
        assertThat(passed(ref)).contains(NOTIFY_PROTECTIVE_MEASURES, ISSUE_REFUND, SEND_RESULT_NOTICE, ARCHIVE_COMPLAINT);
        assertThat(postings(ref)).containsExactly(new BigDecimal("3200.00"));
        assertThat(archived(ref)).containsEntry("SEVERITY", "URGENT").containsEntry("SATISFACTION_SCORE", 5);
    }

    @Test
    @DisplayName("R-RES-3 a general fee dispute under 500 CNY takes the small-claims fast track: no supervisor approval")
    void smallFeeDisputeTakesTheFastTrack() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");

        cases.propose(ref, "handler", "FEE_WAIVER", 128.5);

        assertThat(cases.variable(ref, Variables.APPROVAL_LEVEL)).isEqualTo("FRONT_LINE");
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        assertThat(postings(ref)).containsExactly(new BigDecimal("128.50"));
        assertThat(cases.variable(ref, Variables.EXECUTED_BY)).isEqualTo("handler");
        cases.dualReview(ref, "ops", true);
        rateAndCallBack(ref, 4);

        assertThat(passed(ref)).doesNotContain(APPROVE_PROPOSAL).contains(APPLY_FEE_WAIVER);
    }

    @Test
    @DisplayName("R-TRIAGE-1 / R-FB-3 a consultation is answered, rated and called back after 7 days")
    void consultationIsAnsweredAndCalledBack() {
        String ref = cases.submit(consultation());

        assertThat(cases.variable(ref, Variables.SEVERITY)).isEqualTo("CONSULTATION");
        cases.complete(ref, ANSWER_CONSULTATION, "handler",
                Map.of(Variables.CONSULTATION_ANSWER, "Early repayment can be requested in the app."));
        rate(ref, 4);
        assertThat(cases.taskDueIn(ref, CALLBACK_CUSTOMER)).isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
        cases.callBackAndClose(ref);

        assertThat(passed(ref)).doesNotContain(INVESTIGATE_COMPLAINT, PROPOSE_REMEDY, DUAL_REVIEW);
        assertThat(cases.process(ref)).isNull();
    }

    @Test
    @DisplayName("R-TRIAGE-5 an unclear complaint is classified by a handler, and the correction is recorded")
    void unclearTriageIsCorrectedByAHandler() {
        String ref = cases.submit(unclearComplaint());

        assertThat(cases.openTasks(ref)).containsExactly(REVIEW_TRIAGE);
        cases.complete(ref, REVIEW_TRIAGE, "handler", Map.of(Variables.SEVERITY, "GENERAL", Variables.CATEGORY, "SERVICE",
                Variables.SPECIAL_KIND, "NONE", Variables.COMPLEXITY, "SIMPLE",
                Variables.TRIAGE_CORRECTION_REASON, "The customer complains about the hotline's attitude."));

        assertThat(cases.openTasks(ref)).containsExactly(INVESTIGATE_COMPLAINT);
        assertThat(jdbc.queryForMap("SELECT suggested, corrected, corrected_by FROM triage_correction WHERE reference = ?", ref))
                .containsEntry("CORRECTED_BY", "handler")
                .containsEntry("SUGGESTED", "severity=GENERAL, category=OTHER, specialKind=NONE, complexity=SIMPLE")
                .containsEntry("CORRECTED", "severity=GENERAL, category=SERVICE, specialKind=NONE, complexity=SIMPLE");
    }

    @Test
    @DisplayName("R-RES-2 a supervisor rejects a proposal with a reason, it goes back to the handler, the second one is approved")
    void rejectedProposalGoesBackWithTheReason() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "REFUND", 800);

        cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, false,
                Variables.REJECTION_REASON, "Refund only the duplicated fee."));

        assertThat(cases.openTasks(ref)).containsExactly(PROPOSE_REMEDY);
        assertThat(cases.variable(ref, Variables.REJECTION_REASON)).isEqualTo("Refund only the duplicated fee.");
        cases.propose(ref, "handler", "REFUND", 600);
        cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));

        assertThat(cases.variable(ref, Variables.APPROVED_BY)).isEqualTo("supervisor");
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
    }

    @Test
    @DisplayName("R-RES-2 four eyes: the engine refuses an approval by the person who proposed")
    void proposerCannotApproveTheirOwnProposal() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, TEAM_LEAD, "REFUND", 800);

        assertThatThrownBy(() -> cases.complete(ref, APPROVE_PROPOSAL, TEAM_LEAD, Map.of(Variables.PROPOSAL_APPROVED, true)))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining(TEAM_LEAD);

        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_PROPOSAL);
        cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        assertThat(cases.variable(ref, Variables.APPROVED_BY)).isEqualTo("supervisor");
    }

    @Test
    @DisplayName("R-RES-4 two rejections by the customer send the case to the expert panel, whose final solution is carried out")
    void twoRejectionsGoToTheExpertPanel() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "FEE_WAIVER", 100);
        customer.decideOnOffer(ref, false, 0);
        cases.runJobs(ref);
        cases.propose(ref, "handler", "FEE_WAIVER", 120);
        assertThat(customer.decideOnOffer(ref, true, 0)).as("the first offer's link cannot accept the second").isFalse();
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, false));

        assertThat(cases.variable(ref, Variables.CUSTOMER_REJECTIONS)).isEqualTo(2L);
        expertPanelDecides(ref, "FEE_WAIVER", 300);

        assertThat(postings(ref)).containsExactly(new BigDecimal("300.00"));
        assertThat(passed(ref)).contains(EXPERT_PANEL);
    }

    @Test
    @DisplayName("R-INV-4 / R-RES-4 a liability dispute goes to the expert panel straight after the investigation")
    void liabilityDisputeGoesToTheExpertPanel() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "LIABILITY_DISPUTE");

        expertPanelDecides(ref, "EXPLANATION_ONLY", null);
        cases.dualReview(ref, "ops", true);

        assertThat(passed(ref)).doesNotContain(PROPOSE_REMEDY).contains(EXPERT_PANEL);
        assertThat(cases.openTasks(ref)).isEmpty();
    }

    @Test
    @DisplayName("R-TRIAGE-3 / R-RES-4 a group complaint goes to the expert panel")
    void groupComplaintGoesToTheExpertPanel() {
        String ref = cases.submit(groupComplaint());
        assertThat(cases.variable(ref, Variables.SPECIAL_KIND)).isEqualTo("GROUP_COMPLAINT");
        cases.investigate(ref, "supervisor", "FACT_CLEAR", "The second installment fee was charged by a system fault.");

        assertThat(cases.openTasks(ref)).containsExactlyInAnyOrder(LEGAL_REVIEW, COMPLIANCE_REVIEW, BUSINESS_REVIEW);
    }

    @Test
    @DisplayName("R-EXEC-1 an installment change takes effect after the customer's e-confirmation")
    void installmentChangeAfterConfirmation() {
        String ref = toExecution("INSTALLMENT_CHANGE", null);

        assertThat(installmentChange(ref)).containsEntry("APPLIED_AT", null);
        assertThat(customer.confirmAgreement(ref)).isTrue();
        cases.runJobs(ref);

        assertThat(installmentChange(ref).get("APPLIED_AT")).isNotNull();
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    @Test
    @DisplayName("R-EXEC-1 without the customer's e-confirmation the installment change never takes effect")
    void installmentChangeWithoutConfirmation() {
        String ref = toExecution("INSTALLMENT_CHANGE", null);

        cases.fireTimer(ref, AGREEMENT_NOT_CONFIRMED);

        assertThat(cases.openTasks(ref)).containsExactly(HANDLE_UNCONFIRMED_AGREEMENT);
        cases.complete(ref, HANDLE_UNCONFIRMED_AGREEMENT, "handler", Map.of("unconfirmedAgreementNote", "Customer declined."));
        assertThat(installmentChange(ref)).containsEntry("APPLIED_AT", null).containsEntry("CONFIRMED_AT", null);
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    @Test
    @DisplayName("R-EXEC-2 a failed dual review sends the remedy back for correction; the executor may not review")
    void failedDualReviewGoesBackToExecution() {
        String ref = toExecution("REFUND", 800);
        assertThat(cases.variable(ref, Variables.EXECUTED_BY)).isEqualTo("supervisor");

        assertThatThrownBy(() -> cases.dualReview(ref, "supervisor", true)).isInstanceOf(AuthorizationException.class);
        cases.dualReview(ref, "ops", false);
        assertThat(cases.openTasks(ref)).containsExactly(CORRECT_EXECUTION);
        cases.complete(ref, CORRECT_EXECUTION, "ops", Map.of("correctionNote", "Notice re-sent with the right amount."));
        cases.dualReview(ref, TEAM_LEAD, true);

        assertThat(cases.variable(ref, Variables.REVIEWED_BY)).isEqualTo(TEAM_LEAD);
        assertThat(postings(ref)).containsExactly(new BigDecimal("800.00"));
    }

    @Test
    @DisplayName("R-EXEC-1/2 operations carry out a goodwill remedy by hand, and someone else reviews it")
    void operationsCarryOutAGoodwillRemedy() {
        String ref = toExecution("POINTS_GOODWILL", 200);

        assertThat(cases.openTasks(ref)).containsExactly(EXECUTE_REMEDY);
        cases.complete(ref, EXECUTE_REMEDY, "ops", Map.of("executionNote", "2,000 points credited."));
        assertThat(cases.variable(ref, Variables.EXECUTED_BY)).isEqualTo("ops");
        assertThatThrownBy(() -> cases.dualReview(ref, "ops", true)).isInstanceOf(AuthorizationException.class);
        cases.dualReview(ref, "supervisor", true);

        assertThat(cases.openTasks(ref)).isEmpty();
        assertThat(postings(ref)).isEmpty();
    }

    @Test
    @DisplayName("R-FB-2 a dissatisfied customer gets a second follow-up")
    void dissatisfiedCustomerIsFollowedUp() {
        String ref = toExecution("EXPLANATION_ONLY", null);
        cases.dualReview(ref, "ops", true);

        rate(ref, 2);

        assertThat(cases.openTasks(ref)).containsExactly(FOLLOW_UP_DISSATISFIED);
        cases.complete(ref, FOLLOW_UP_DISSATISFIED, "handler", Map.of(Variables.FOLLOW_UP_NOTES, "Explained again by phone."));
        assertThat(cases.taskDueIn(ref, CALLBACK_CUSTOMER)).isBetween(Duration.ofDays(3).minusMinutes(1), Duration.ofDays(3));
    }

    @Test
    @DisplayName("R-FB-2 no answer to the survey also gets a follow-up")
    void unansweredSurveyIsFollowedUp() {
        String ref = toExecution("EXPLANATION_ONLY", null);
        cases.dualReview(ref, "ops", true);

        cases.fireTimer(ref, SURVEY_NO_ANSWER);

        assertThat(cases.openTasks(ref)).containsExactly(FOLLOW_UP_DISSATISFIED);
    }

    @Test
    @DisplayName("R-INV-3 the case waits for the customer's evidence, reminds them, and takes the evidence from the channel")
    void evidenceArrivesFromTheChannel() {
        String ref = cases.submit(feeComplaint());
        requestEvidence(ref);

        cases.fireTimer(ref, EVIDENCE_REMINDER);
        assertThat(passed(ref)).contains(REQUEST_EVIDENCE, SEND_EVIDENCE_REMINDER);
        assertThat(cases.openTasks(ref)).containsExactly(AWAIT_EVIDENCE);
        assertThat(customer.provideEvidence(ref, "Screenshot of the two SMS debit notices.")).isTrue();

        assertThat(cases.openTasks(ref)).containsExactly(RECORD_FINDING);
        assertThat(cases.variable(ref, Variables.EVIDENCE_RECEIVED)).isEqualTo(true);
    }

    @Test
    @DisplayName("R-INV-3 the handler records evidence the customer brought to a branch")
    void handlerRecordsTheEvidence() {
        String ref = cases.submit(feeComplaint());
        requestEvidence(ref);

        cases.complete(ref, AWAIT_EVIDENCE, "handler", Map.of(Variables.EVIDENCE_SUMMARY, "Paper contract copy."));

        assertThat(cases.openTasks(ref)).containsExactly(RECORD_FINDING);
    }

    @Test
    @DisplayName("R-INV-3 after the configured wait the investigation goes on without the evidence")
    void investigationGoesOnWithoutEvidence() {
        String ref = cases.submit(feeComplaint());
        requestEvidence(ref);

        cases.fireTimer(ref, EVIDENCE_WAIT_OVER);

        assertThat(cases.openTasks(ref)).containsExactly(RECORD_FINDING);
        assertThat(customer.provideEvidence(ref, "Too late.")).isFalse();
    }

    private String toExecution(String remedy, Number amount) {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        proposeAndApprove(ref, remedy, amount, "supervisor");
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        return ref;
    }

    private void requestEvidence(String ref) {
        cases.complete(ref, INVESTIGATE_COMPLAINT, "handler", Map.of(Variables.INVESTIGATION_NOTES, "Ledger checked.",
                Variables.EVIDENCE_NEEDED, true, Variables.EVIDENCE_REQUEST, "The SMS debit notices you received."));
        assertThat(cases.openTasks(ref)).containsExactly(AWAIT_EVIDENCE);
    }

    private void proposeAndApprove(String ref, String remedy, Number amount, String supervisor) {
        cases.propose(ref, "handler", remedy, amount);
        if (cases.task(ref, APPROVE_PROPOSAL) != null) {
            cases.complete(ref, APPROVE_PROPOSAL, supervisor, Map.of(Variables.PROPOSAL_APPROVED, true));
        }
    }

    private void expertPanelDecides(String ref, String remedy, Number amount) {
        cases.expertPanelDecides(ref, remedy, amount, "The bank waives the disputed fees as a final solution.");
        assertThat(passed(ref)).contains(SEND_FINAL_SOLUTION);
    }

    private void rateAndCallBack(String ref, int score) {
        rate(ref, score);
        cases.callBackAndClose(ref);
    }

    private void rate(String ref, int score) {
        assertThat(customer.rate(ref, score)).isTrue();
        cases.runJobs(ref);
    }

    /** The steps the complaint has finished, in its lifecycle and its escalation. */
    private List<String> passed(String ref) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).list().stream()
                .flatMap(process -> historyService.createHistoricActivityInstanceQuery()
                        .processInstanceId(process.getId()).finished().list().stream())
                .map(step -> step.getActivityId())
                .toList();
    }

    private List<BigDecimal> postings(String ref) {
        return bank.postings(ref).stream().map(CoreBankingStandIn.BookedPosting::amount).toList();
    }

    private Map<String, Object> archived(String ref) {
        return jdbc.queryForMap("SELECT severity, satisfaction_score FROM complaint_archive WHERE reference = ?", ref);
    }

    private Map<String, Object> installmentChange(String ref) {
        return jdbc.queryForMap("SELECT confirmed_at, applied_at FROM installment_change WHERE reference = ?", ref);
    }
}
