package com.bank.complaints.model;

import static com.bank.complaints.model.LifecycleModel.inFrames;
import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.consultation;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.unclearComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_FIRST_ANSWER;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ANSWER_CONSULTATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.CONSULTATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FIND_ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.GREEN_CHANNEL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.REVIEW_TRIAGE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.TRIAGE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SubProcess_Triage and Gateway_Severity: the complaint-triage table classifies the complaint, a
 * handler reviews a classification it is not sure of, and the severity chooses the next stage.
 */
class TriageModelTest {

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-TRIAGE-5 a classification the triage table is sure of needs no review")
    void sureClassificationIsNotReviewed() {
        ProcessInstance complaint = model.startBefore(TRIAGE, feeComplaint());

        assertThat(complaint).hasPassed(TRIAGE).hasNotPassed(REVIEW_TRIAGE).isNotWaitingAt(REVIEW_TRIAGE);
    }

    @Test
    @DisplayName("R-TRIAGE-5 a classification the triage table is unsure of waits for a complaint handler's review")
    void unsureClassificationWaitsForAHandler() {
        ProcessInstance complaint = model.startBefore(TRIAGE, unclearComplaint());

        assertThat(complaint).isWaitingAtExactly(inFrames(TRIAGE, REVIEW_TRIAGE));
        assertThat(task(REVIEW_TRIAGE, complaint)).hasCandidateGroup(Groups.COMPLAINT_HANDLERS);
    }

    @Test
    @DisplayName("R-TRIAGE-5 after a review the handler's severity, not the table's, chooses the next stage")
    void reviewedSeverityChoosesTheStage() {
        ProcessInstance complaint = model.startBefore(TRIAGE, unclearComplaint());

        complete(task(REVIEW_TRIAGE, complaint), withVariables(Variables.SEVERITY, "CONSULTATION",
                Variables.CATEGORY, "OTHER", Variables.SPECIAL_KIND, "NONE", Variables.COMPLEXITY, "SIMPLE"));

        assertThat(complaint).hasPassed(REVIEW_TRIAGE, TRIAGE).isWaitingAtExactly(inFrames(CONSULTATION, ANSWER_CONSULTATION, SEND_FIRST_ANSWER));
    }

    @Test
    @DisplayName("R-TRIAGE-1 R-TRIAGE-4 an urgent complaint takes the green channel: protective measures and root cause at once")
    void urgentComplaintTakesTheGreenChannel() {
        ProcessInstance complaint = model.startBefore(TRIAGE, cardFraudComplaint());

        assertThat(complaint).isWaitingAtExactly(inFrames(GREEN_CHANNEL, APPLY_PROTECTIVE_MEASURES, FIND_ROOT_CAUSE, SEND_FIRST_ANSWER))
                .variables().containsEntry(Variables.SEVERITY, "URGENT");
    }

    @Test
    @DisplayName("R-TRIAGE-1 a consultation is answered, not investigated")
    void consultationIsAnswered() {
        ProcessInstance complaint = model.startBefore(TRIAGE, consultation());

        assertThat(complaint).isWaitingAtExactly(inFrames(CONSULTATION, ANSWER_CONSULTATION, SEND_FIRST_ANSWER)).hasNotPassed(GREEN_CHANNEL)
                .variables().containsEntry(Variables.SEVERITY, "CONSULTATION");
    }

    @Test
    @DisplayName("R-TRIAGE-1 R-INV-1 a general complaint goes straight to investigation, past the green channel and consultation")
    void generalComplaintIsInvestigated() {
        ProcessInstance complaint = model.startBefore(TRIAGE, feeComplaint());

        assertThat(complaint).isWaitingAtExactly(inFrames(INVESTIGATION, INVESTIGATE_COMPLAINT, SEND_FIRST_ANSWER)).hasNotPassed(GREEN_CHANNEL, CONSULTATION)
                .variables().containsEntry(Variables.SEVERITY, "GENERAL");
    }
}
