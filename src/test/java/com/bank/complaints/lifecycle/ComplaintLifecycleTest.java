package com.bank.complaints.lifecycle;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lifecycle's paths, read like the diagram. */
@DeskTest
class ComplaintLifecycleTest {

    @Autowired
    Desk desk;
    @Autowired
    ProcessEngine processEngine;

    @BeforeEach
    void useTheAppsEngine() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    @DisplayName("R-INTAKE-3/5 intake sends the receipt, then a complaint handler handles the complaint and it closes")
    void intakeThenHandlingThenClosed() {
        ProcessInstance complaint = desk.process(desk.accepted(feeComplaint()));

        assertThat(complaint).isWaitingAt(Activities.SEND_RECEIPT);
        execute(job());

        assertThat(complaint).isWaitingAt(Activities.HANDLE_COMPLAINT);
        assertThat(task()).hasCandidateGroup(Groups.COMPLAINT_HANDLERS);
        complete(task(), withVariables(Variables.FIRST_RESPONSE_SUMMARY, "Called the customer; refund under review.",
                Variables.CUSTOMER_CONTACTED, true));

        assertThat(complaint)
                .hasPassed(Activities.INTAKE, Activities.HANDLING)
                .hasPassedInOrder(Activities.SEND_RECEIPT, Activities.HANDLE_COMPLAINT, Activities.COMPLAINT_CLOSED)
                .isEnded();
    }
}
