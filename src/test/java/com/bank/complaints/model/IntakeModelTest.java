package com.bank.complaints.model;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INTAKE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_RECEIPT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.TRIAGE_COMPLAINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.model.LifecycleModel.FixedDeadlines;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lifecycle model from the start event to triage: the receipt, and the clocks the customer is promised. */
class IntakeModelTest {

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-INTAKE-3 R-TRIAGE-4 the receipt goes out in a job of its own beside triage, which never waits for it")
    void triageDoesNotWaitForTheReceipt() {
        ProcessInstance complaint = model.receive(feeComplaint());
        assertThat(complaint).isWaitingAt(SEND_RECEIPT, "StartEvent_AnsweringStarted").hasNotPassed(TRIAGE_COMPLAINT);

        execute(job("StartEvent_AnsweringStarted", complaint));

        assertThat(complaint).isWaitingAt(SEND_RECEIPT).hasPassed(TRIAGE_COMPLAINT)
                .variables().containsEntry(Variables.REFERENCE, complaint.getBusinessKey());
        assertThat(complaint.getBusinessKey()).matches("CC-20261205-\\d{6}");
    }

    @Test
    @DisplayName("R-INTAKE-3 once the receipt is sent, intake is over")
    void sentReceiptLeadsToTriage() {
        ProcessInstance complaint = model.receive(feeComplaint());

        execute(job(SEND_RECEIPT, complaint));

        assertThat(complaint).hasPassed(SEND_RECEIPT, INTAKE, "EndEvent_ReceiptSent").isNotWaitingAt(SEND_RECEIPT, INTAKE);
    }

    @Test
    @DisplayName("R-INTAKE-4 the 24-hour, reply and 30-day clocks start with the complaint: each breach timer is due at its own deadline")
    void promisedClocksStartWithTheComplaint() {
        ProcessInstance complaint = model.receive(feeComplaint());

        assertThat(job("Timer_FirstResponse24h", complaint).getDuedate()).isEqualTo(FixedDeadlines.dueAt("FIRST_RESPONSE"));
        assertThat(job("Timer_Reply3WorkingDays", complaint).getDuedate()).isEqualTo(FixedDeadlines.dueAt("REPLY"));
        assertThat(job("Timer_RegulatoryClose30d", complaint).getDuedate()).isEqualTo(FixedDeadlines.dueAt("REGULATORY_CLOSE"));
    }
}
