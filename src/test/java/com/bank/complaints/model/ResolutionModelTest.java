package com.bank.complaints.model;

import static com.bank.complaints.model.LifecycleModel.inFrames;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_FEE_WAIVER;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EXECUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EXPERT_PANEL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.OFFER_SOLUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RESOLUTION;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Messages;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SubProcess_Resolution for a general fee dispute: the remedy-authority table decides who approves a
 * proposal, a supervisor approves or sends it back, and the customer accepts or rejects the offer.
 * customerRejections and escalationNeeded are what customerDecisionRecorder counts in the app; here
 * the tests give them with the customer's answer, so only the model's routing is proven.
 */
class ResolutionModelTest {

    static final String SMALL_FEE_WAIVER = "FEE_WAIVER";
    static final double UNDER_500_CNY = 128.5;

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-RES-3 a fee waiver under 500 CNY on a general fee dispute is settled by the front line: no supervisor approval")
    void smallFeeWaiverSkipsTheSupervisor() {
        ProcessInstance complaint = model.caseAt(RESOLUTION);

        propose(complaint, SMALL_FEE_WAIVER, UNDER_500_CNY);

        assertThat(complaint).isWaitingAtExactly(inFrames(RESOLUTION, OFFER_SOLUTION)).hasNotPassed(APPROVE_PROPOSAL)
                .variables().containsEntry(Variables.APPROVAL_LEVEL, "FRONT_LINE");
    }

    @Test
    @DisplayName("R-RES-2 a refund of 800 CNY waits for a supervisor's approval")
    void largerRefundWaitsForASupervisor() {
        ProcessInstance complaint = model.caseAt(RESOLUTION);

        propose(complaint, "REFUND", 800);

        assertThat(complaint).isWaitingAtExactly(inFrames(RESOLUTION, APPROVE_PROPOSAL))
                .variables().containsEntry(Variables.APPROVAL_LEVEL, "SUPERVISOR");
        assertThat(task(APPROVE_PROPOSAL, complaint)).hasCandidateGroup(Groups.SUPERVISORS);
    }

    @Test
    @DisplayName("issue 17.6 R-RES-2 a plan that is an explanation only waits for a supervisor's approval")
    void explanationOnlyWaitsForASupervisor() {
        ProcessInstance complaint = model.caseAt(RESOLUTION);

        propose(complaint, "EXPLANATION_ONLY", 0);

        assertThat(complaint).isWaitingAtExactly(inFrames(RESOLUTION, APPROVE_PROPOSAL))
                .variables().containsEntry(Variables.APPROVAL_LEVEL, "SUPERVISOR");
    }

    @Test
    @DisplayName("R-RES-2 a proposal the supervisor rejects goes back to the handler for a new one")
    void rejectedProposalGoesBackToTheHandler() {
        ProcessInstance complaint = model.caseAt(RESOLUTION);
        propose(complaint, "REFUND", 800);

        complete(task(APPROVE_PROPOSAL, complaint), withVariables(Variables.PROPOSAL_APPROVED, false,
                Variables.REJECTION_REASON, "The fee was charged once; refund the interest instead."));

        assertThat(complaint).hasPassed(APPROVE_PROPOSAL).isWaitingAtExactly(inFrames(RESOLUTION, PROPOSE_REMEDY))
                .hasNotPassed(OFFER_SOLUTION);
    }

    @Test
    @DisplayName("R-RES-2 an approved proposal is offered to the customer, who is then waited for")
    void approvedProposalIsOffered() {
        ProcessInstance complaint = model.caseAt(RESOLUTION);
        propose(complaint, "REFUND", 800);

        complete(task(APPROVE_PROPOSAL, complaint), withVariables(Variables.PROPOSAL_APPROVED, true));
        assertThat(complaint).isWaitingAtExactly(inFrames(RESOLUTION, OFFER_SOLUTION));
        execute(job(OFFER_SOLUTION, complaint));

        assertThat(complaint).isWaitingAtExactly(inFrames(RESOLUTION, RECORD_CUSTOMER_DECISION));
    }

    @Test
    @DisplayName("R-RES-1 an accepted offer leaves resolution and is carried out")
    void acceptedOfferIsCarriedOut() {
        ProcessInstance complaint = offered();

        complete(task(RECORD_CUSTOMER_DECISION, complaint), decision(true, 0, false));

        assertThat(complaint).hasPassed(RESOLUTION).hasNotPassed(EXPERT_PANEL)
                .isWaitingAtExactly(inFrames(EXECUTION, APPLY_FEE_WAIVER));
    }

    @Test
    @DisplayName("R-RES-1 the customer's own answer (message CustomerDecided) counts like the one a handler records")
    void customersOwnAnswerIsTaken() {
        ProcessInstance complaint = offered();

        runtimeService().createMessageCorrelation(Messages.CUSTOMER_DECIDED).processInstanceId(complaint.getId())
                .setVariables(decision(true, 0, false)).correlate();

        assertThat(complaint).hasPassed(RESOLUTION).isWaitingAtExactly(inFrames(EXECUTION, APPLY_FEE_WAIVER));
    }

    @Test
    @DisplayName("R-RES-4 after the customer's first rejection a new remedy is proposed")
    void firstRejectionStartsANewRound() {
        ProcessInstance complaint = offered();

        complete(task(RECORD_CUSTOMER_DECISION, complaint), decision(false, 1, false));

        assertThat(complaint).isWaitingAtExactly(inFrames(RESOLUTION, PROPOSE_REMEDY)).hasNotPassed(EXPERT_PANEL);
    }

    @Test
    @DisplayName("R-RES-4 the customer's second rejection sends the case to the expert panel (call activity)")
    void secondRejectionCallsTheExpertPanel() {
        ProcessInstance complaint = offered();

        complete(task(RECORD_CUSTOMER_DECISION, complaint), decision(false, 2, true));

        assertThat(complaint).hasPassed(RESOLUTION).isWaitingAtExactly(inFrames(EXPERT_PANEL)).hasNotPassed(EXECUTION);
    }

    private static void propose(ProcessInstance complaint, String remedyType, double amount) {
        complete(task(PROPOSE_REMEDY, complaint), withVariables(Variables.REMEDY_TYPE, remedyType,
                Variables.REMEDY_AMOUNT, amount, Variables.REMEDY_DETAILS, "Proposed in a model test."));
    }

    /** The customer's answer as customerDecisionRecorder leaves it: rejections so far, and whether they call for the panel. */
    private static Map<String, Object> decision(boolean accepted, long rejections, boolean escalationNeeded) {
        return withVariables(Variables.CUSTOMER_ACCEPTED, accepted, Variables.CUSTOMER_REJECTIONS, rejections,
                Variables.ESCALATION_NEEDED, escalationNeeded);
    }

    /** A small fee waiver the front line settled, offered to the customer, who has not answered yet. */
    private ProcessInstance offered() {
        ProcessInstance complaint = model.caseAt(RESOLUTION);
        propose(complaint, SMALL_FEE_WAIVER, UNDER_500_CNY);
        execute(job(OFFER_SOLUTION, complaint));
        return complaint;
    }
}
