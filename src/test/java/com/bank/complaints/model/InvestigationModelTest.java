package com.bank.complaints.model;

import static com.bank.complaints.model.LifecycleModel.inFrames;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.AWAIT_EVIDENCE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EVIDENCE_REMINDER;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EVIDENCE_WAIT_OVER;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EXPERT_PANEL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.LEGAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_FINDING;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.REQUEST_EVIDENCE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RESOLUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_EVIDENCE_REMINDER;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.ESCALATION_PROCESS_KEY;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Messages;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SubProcess_Investigation and Gateway_Finding: internal checks, the customer's evidence if needed,
 * and the finding that sends the case to resolution or to the expert panel.
 */
class InvestigationModelTest {

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-INV-2 with no evidence needed from the customer the handler records the finding next")
    void noEvidenceNeededLeadsToTheFinding() {
        ProcessInstance complaint = model.caseAt(INVESTIGATION);

        complete(task(INVESTIGATE_COMPLAINT, complaint), withVariables(Variables.EVIDENCE_NEEDED, false));

        assertThat(complaint).isWaitingAtExactly(inFrames(INVESTIGATION, RECORD_FINDING)).hasNotPassed(REQUEST_EVIDENCE);
    }

    @Test
    @DisplayName("R-INV-3 evidence needed: the customer is asked for it, then the case waits for it")
    void neededEvidenceIsRequestedAndAwaited() {
        ProcessInstance complaint = model.caseAt(INVESTIGATION);

        complete(task(INVESTIGATE_COMPLAINT, complaint), withVariables(Variables.EVIDENCE_NEEDED, true,
                Variables.EVIDENCE_REQUEST, "A screenshot of the October statement."));
        assertThat(complaint).isWaitingAtExactly(inFrames(INVESTIGATION, REQUEST_EVIDENCE));
        execute(job(REQUEST_EVIDENCE, complaint));

        assertThat(complaint).isWaitingAtExactly(inFrames(INVESTIGATION, AWAIT_EVIDENCE));
    }

    @Test
    @DisplayName("R-INV-3 evidence the customer sends (message EvidenceReceived) ends the wait: the finding is next")
    void receivedEvidenceEndsTheWait() {
        ProcessInstance complaint = waitingForEvidence();

        runtimeService().createMessageCorrelation(Messages.EVIDENCE_RECEIVED).processInstanceId(complaint.getId())
                .setVariable(Variables.EVIDENCE_SUMMARY, "Statement screenshot shows two fees.").correlate();

        assertThat(complaint).isWaitingAtExactly(inFrames(INVESTIGATION, RECORD_FINDING));
    }

    @Test
    @DisplayName("R-INV-3 a customer who has not sent the evidence is reminded, and the case keeps waiting")
    void silentCustomerIsReminded() {
        ProcessInstance complaint = waitingForEvidence();

        execute(job(EVIDENCE_REMINDER, complaint));

        assertThat(complaint).isWaitingAt(SEND_EVIDENCE_REMINDER, AWAIT_EVIDENCE);
    }

    @Test
    @DisplayName("R-INV-3 when the evidence wait is over the case goes on without it")
    void endedWaitGoesOnWithoutTheEvidence() {
        ProcessInstance complaint = waitingForEvidence();

        execute(job(EVIDENCE_WAIT_OVER, complaint));

        assertThat(complaint).isWaitingAtExactly(inFrames(INVESTIGATION, RECORD_FINDING)).hasPassed(EVIDENCE_WAIT_OVER);
    }

    @Test
    @DisplayName("R-INV-4 a fact-clear finding goes to resolution: a remedy is proposed")
    void factClearFindingGoesToResolution() {
        ProcessInstance complaint = recordFinding("FACT_CLEAR");

        assertThat(complaint).isWaitingAtExactly(inFrames(RESOLUTION, PROPOSE_REMEDY)).hasNotPassed(EXPERT_PANEL);
    }

    @Test
    @DisplayName("R-INV-4 R-RES-4 a liability dispute goes to the expert panel, which starts with the legal review")
    void liabilityDisputeGoesToTheExpertPanel() {
        ProcessInstance complaint = recordFinding("LIABILITY_DISPUTE");

        assertThat(complaint).isWaitingAtExactly(inFrames(EXPERT_PANEL)).hasNotPassed(RESOLUTION);
        assertThat(calledProcessInstance(ESCALATION_PROCESS_KEY, complaint)).isWaitingAt(LEGAL_REVIEW);
    }

    @Test
    @DisplayName("R-TRIAGE-3 R-RES-4 a group complaint goes to the expert panel even when the facts are clear")
    void groupComplaintGoesToTheExpertPanel() {
        ProcessInstance complaint = model.caseAt(RECORD_FINDING, withVariables(Variables.SPECIAL_KIND, "GROUP_COMPLAINT"));

        complete(task(RECORD_FINDING, complaint), withVariables(Variables.FINDING, "FACT_CLEAR"));

        assertThat(complaint).isWaitingAtExactly(inFrames(EXPERT_PANEL)).hasNotPassed(RESOLUTION);
    }

    private ProcessInstance waitingForEvidence() {
        return model.caseAt(AWAIT_EVIDENCE, withVariables(Variables.EVIDENCE_NEEDED, true));
    }

    private ProcessInstance recordFinding(String finding) {
        ProcessInstance complaint = model.caseAt(RECORD_FINDING);
        complete(task(RECORD_FINDING, complaint), withVariables(Variables.FINDING, finding));
        return complaint;
    }
}
