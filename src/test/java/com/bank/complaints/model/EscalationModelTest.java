package com.bank.complaints.model;

import static com.bank.complaints.model.LifecycleModel.inFrames;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.BUSINESS_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.COMPLIANCE_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EXECUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EXPERT_PANEL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ISSUE_FINAL_SOLUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ISSUE_REFUND;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.LEGAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_MEETING;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_FINAL_SOLUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.ESCALATION_PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/complaint-escalation.bpmn, the expert panel (R-RES-4), on its own and as the lifecycle's
 * CallActivity_ExpertPanel.
 */
class EscalationModelTest {

    static final Map<String, Object> FINAL_REFUND = Map.of(Variables.FINAL_SOLUTION, "Refund both fees with an apology.",
            Variables.REMEDY_TYPE, "REFUND", Variables.REMEDY_AMOUNT, 257.0);

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-RES-4 legal, compliance and business experts review the case at the same time")
    void expertsReviewAtTheSameTime() {
        ProcessInstance panel = model.escalation();

        assertThat(panel).isWaitingAtExactly(inFrames(LEGAL_REVIEW, COMPLIANCE_REVIEW, BUSINESS_REVIEW));
        assertThat(task(LEGAL_REVIEW, panel)).hasCandidateGroup(Groups.EXPERT_LEGAL);
        assertThat(task(COMPLIANCE_REVIEW, panel)).hasCandidateGroup(Groups.EXPERT_COMPLIANCE);
        assertThat(task(BUSINESS_REVIEW, panel)).hasCandidateGroup(Groups.EXPERT_BUSINESS);
    }

    @Test
    @DisplayName("R-RES-4 the customer meeting waits for all three opinions")
    void meetingWaitsForAllThreeOpinions() {
        ProcessInstance panel = model.escalation();

        complete(task(LEGAL_REVIEW, panel));
        complete(task(COMPLIANCE_REVIEW, panel));
        assertThat(panel).isNotWaitingAt(RECORD_CUSTOMER_MEETING).isWaitingAt(BUSINESS_REVIEW);
        complete(task(BUSINESS_REVIEW, panel));

        assertThat(panel).isWaitingAtExactly(inFrames(RECORD_CUSTOMER_MEETING));
        assertThat(task(RECORD_CUSTOMER_MEETING, panel)).hasCandidateGroup(Groups.EXPERT_BUSINESS);
    }

    @Test
    @DisplayName("R-RES-4 after the meeting a supervisor decides the final solution, which is then sent to the customer")
    void supervisorDecidesTheFinalSolutionWhichIsSent() {
        ProcessInstance panel = model.escalation();
        reviewAndMeet(panel);

        assertThat(task(ISSUE_FINAL_SOLUTION, panel)).hasCandidateGroup(Groups.SUPERVISORS);
        complete(task(ISSUE_FINAL_SOLUTION, panel), FINAL_REFUND);
        assertThat(panel).isWaitingAtExactly(inFrames(SEND_FINAL_SOLUTION));
        execute(job(SEND_FINAL_SOLUTION, panel));

        assertThat(panel).hasPassed(SEND_FINAL_SOLUTION).isEnded();
    }

    @Test
    @DisplayName("R-RES-4 R-INTAKE-5 the lifecycle calls the panel under the complaint's own reference")
    void panelWorksUnderTheComplaintsReference() {
        ProcessInstance complaint = model.caseAt(EXPERT_PANEL, withVariables(Variables.FINDING, "LIABILITY_DISPUTE"));

        ProcessInstance panel = calledProcessInstance(ESCALATION_PROCESS_KEY, complaint);

        assertThat(panel.getBusinessKey()).isEqualTo(complaint.getBusinessKey());
        assertThat(panel).variables().containsEntry(Variables.FINDING, "LIABILITY_DISPUTE");
    }

    @Test
    @DisplayName("R-RES-4 R-EXEC-1 the panel's final solution comes back to the lifecycle and is carried out")
    void finalSolutionIsCarriedOut() {
        ProcessInstance complaint = model.caseAt(EXPERT_PANEL, withVariables(Variables.FINDING, "LIABILITY_DISPUTE"));
        ProcessInstance panel = calledProcessInstance(ESCALATION_PROCESS_KEY, complaint);
        reviewAndMeet(panel);

        complete(task(ISSUE_FINAL_SOLUTION, panel), FINAL_REFUND);
        execute(job(SEND_FINAL_SOLUTION, panel));

        assertThat(complaint).hasPassed(EXPERT_PANEL).isWaitingAtExactly(inFrames(EXECUTION, ISSUE_REFUND))
                .variables().containsEntry(Variables.REMEDY_TYPE, "REFUND");
    }

    private static void reviewAndMeet(ProcessInstance panel) {
        complete(task(LEGAL_REVIEW, panel));
        complete(task(COMPLIANCE_REVIEW, panel));
        complete(task(BUSINESS_REVIEW, panel));
        complete(task(RECORD_CUSTOMER_MEETING, panel));
    }
}
