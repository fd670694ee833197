package com.bank.complaints.model;

import static com.bank.complaints.model.LifecycleModel.inFrames;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.AGREEMENT_CONFIRMED;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.AGREEMENT_NOT_CONFIRMED;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_FEE_WAIVER;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_INSTALLMENT_CHANGE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.CORRECT_EXECUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.DUAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EXECUTE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EXECUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FEEDBACK;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.HANDLE_UNCONFIRMED_AGREEMENT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ISSUE_REFUND;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_RESULT_NOTICE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_SUPPLEMENTARY_AGREEMENT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Messages;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SubProcess_Execution: the remedy type chooses who carries the approved remedy out, and a second
 * person reviews every executed remedy (dual review).
 */
class ExecutionModelTest {

    static final String AGREEMENT_GATEWAY = "Event_AgreementGateway";

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-RES-1 a refund is paid by the refund service (Task_IssueRefund)")
    void refundIsIssued() {
        ProcessInstance complaint = approved("REFUND");

        assertThat(complaint).isWaitingAtExactly(inFrames(EXECUTION, ISSUE_REFUND));
    }

    @Test
    @DisplayName("R-EXEC-1 a fee waiver is applied by the fee-waiver service (Task_ApplyFeeWaiver)")
    void feeWaiverIsApplied() {
        ProcessInstance complaint = approved("FEE_WAIVER");

        assertThat(complaint).isWaitingAtExactly(inFrames(EXECUTION, APPLY_FEE_WAIVER));
    }

    @Test
    @DisplayName("R-EXEC-1 an installment change first sends the supplementary agreement, then waits for the customer to confirm it")
    void installmentChangeWaitsForTheAgreement() {
        ProcessInstance complaint = approved("INSTALLMENT_CHANGE");

        assertThat(complaint).isWaitingAtExactly(inFrames(EXECUTION, SEND_SUPPLEMENTARY_AGREEMENT));
        execute(job(SEND_SUPPLEMENTARY_AGREEMENT, complaint));

        assertThat(complaint).isWaitingAtExactly(inFrames(EXECUTION, AGREEMENT_GATEWAY)).isWaitingFor(Messages.AGREEMENT_CONFIRMED)
                .hasNotPassed(APPLY_INSTALLMENT_CHANGE);
    }

    @Test
    @DisplayName("R-EXEC-1 the installment change takes effect once the customer confirms the agreement")
    void confirmedAgreementTakesEffect() {
        ProcessInstance complaint = agreementSent();

        runtimeService().createMessageCorrelation(Messages.AGREEMENT_CONFIRMED).processInstanceId(complaint.getId())
                .setVariable(Variables.AGREEMENT_CONFIRMED, true).correlate();

        assertThat(complaint).hasPassed(AGREEMENT_CONFIRMED).isWaitingAtExactly(inFrames(EXECUTION, APPLY_INSTALLMENT_CHANGE));
    }

    @Test
    @DisplayName("R-EXEC-1 an agreement not confirmed in time goes to the handler, and the change is not applied")
    void unconfirmedAgreementGoesToTheHandler() {
        ProcessInstance complaint = agreementSent();

        execute(job(AGREEMENT_NOT_CONFIRMED, complaint));

        assertThat(complaint).isWaitingAtExactly(inFrames(EXECUTION, HANDLE_UNCONFIRMED_AGREEMENT))
                .hasNotPassed(APPLY_INSTALLMENT_CHANGE);
    }

    @ParameterizedTest(name = "R-RES-1 {0} is carried out by operations by hand (Task_ExecuteRemedy)")
    @ValueSource(strings = {"EARLY_SETTLEMENT", "POINTS_GOODWILL"})
    void otherRemediesAreCarriedOutByOperations(String remedyType) {
        ProcessInstance complaint = approved(remedyType);

        assertThat(complaint).isWaitingAtExactly(inFrames(EXECUTION, EXECUTE_REMEDY));
        assertThat(task(EXECUTE_REMEDY, complaint)).hasCandidateGroup(Groups.OPERATIONS);
    }

    @Test
    @DisplayName("R-RES-1 R-EXEC-2 an explanation only has nothing to carry out: it goes straight to the dual review")
    void explanationOnlyGoesStraightToTheReview() {
        ProcessInstance complaint = approved("EXPLANATION_ONLY");

        assertThat(complaint).isWaitingAtExactly(inFrames(EXECUTION, DUAL_REVIEW))
                .hasNotPassed(ISSUE_REFUND, APPLY_FEE_WAIVER, SEND_SUPPLEMENTARY_AGREEMENT, EXECUTE_REMEDY);
    }

    @Test
    @DisplayName("R-EXEC-2 a second person (supervisors, operations) reviews every executed remedy")
    void executedRemedyIsReviewed() {
        ProcessInstance complaint = approved("REFUND");

        execute(job(ISSUE_REFUND, complaint));

        assertThat(complaint).hasPassed(ISSUE_REFUND).isWaitingAtExactly(inFrames(EXECUTION, DUAL_REVIEW));
        assertThat(task(DUAL_REVIEW, complaint)).hasCandidateGroup(Groups.SUPERVISORS).hasCandidateGroup(Groups.OPERATIONS);
    }

    @Test
    @DisplayName("R-EXEC-2 R-FB-1 a passed dual review ends execution: the result notice goes to the customer")
    void passedReviewLeadsToTheResultNotice() {
        ProcessInstance complaint = model.caseAt(DUAL_REVIEW, withVariables(Variables.REMEDY_TYPE, "REFUND"));

        complete(task(DUAL_REVIEW, complaint), withVariables(Variables.REVIEW_PASSED, true));

        assertThat(complaint).hasPassed(EXECUTION).isWaitingAtExactly(inFrames(FEEDBACK, SEND_RESULT_NOTICE))
                .hasNotPassed(CORRECT_EXECUTION);
    }

    @Test
    @DisplayName("R-EXEC-2 a failed dual review is corrected by operations and reviewed again")
    void failedReviewIsCorrectedAndReviewedAgain() {
        ProcessInstance complaint = model.caseAt(DUAL_REVIEW, withVariables(Variables.REMEDY_TYPE, "REFUND"));

        complete(task(DUAL_REVIEW, complaint), withVariables(Variables.REVIEW_PASSED, false,
                Variables.REVIEW_NOTES, "The refund went to the wrong card."));
        assertThat(complaint).isWaitingAtExactly(inFrames(EXECUTION, CORRECT_EXECUTION));
        assertThat(task(CORRECT_EXECUTION, complaint)).hasCandidateGroup(Groups.OPERATIONS);
        complete(task(CORRECT_EXECUTION, complaint));

        assertThat(complaint).isWaitingAtExactly(inFrames(EXECUTION, DUAL_REVIEW)).hasNotPassed(FEEDBACK);
    }

    /** An approved remedy of the given type enters execution. */
    private ProcessInstance approved(String remedyType) {
        return model.caseAt(EXECUTION, withVariables(Variables.REMEDY_TYPE, remedyType, Variables.REMEDY_AMOUNT, 128.5,
                Variables.PROPOSAL_APPROVED, true, Variables.CUSTOMER_ACCEPTED, true));
    }

    private ProcessInstance agreementSent() {
        ProcessInstance complaint = approved("INSTALLMENT_CHANGE");
        execute(job(SEND_SUPPLEMENTARY_AGREEMENT, complaint));
        return complaint;
    }
}
