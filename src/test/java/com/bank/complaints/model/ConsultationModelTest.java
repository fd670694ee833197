package com.bank.complaints.model;

import static com.bank.complaints.model.LifecycleModel.inFrames;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ANSWER_CONSULTATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.CONSULTATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.EXECUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FEEDBACK;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RESOLUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_RESULT_NOTICE;
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

/** SubProcess_Consultation: a question or suggestion is answered and goes to feedback (R-TRIAGE-1). */
class ConsultationModelTest {

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-TRIAGE-5 the consultation goes to the handling group triage chose")
    void consultationGoesToTheHandlingGroup() {
        ProcessInstance consultation = consultationFor(Groups.SUPERVISORS);

        assertThat(task(ANSWER_CONSULTATION, consultation)).hasCandidateGroup(Groups.SUPERVISORS);
    }

    @Test
    @DisplayName("R-TRIAGE-1 R-FB-1 an answered consultation goes straight to feedback, with no investigation, remedy or execution")
    void answeredConsultationGoesToFeedback() {
        ProcessInstance consultation = consultationFor(Groups.COMPLAINT_HANDLERS);

        complete(task(ANSWER_CONSULTATION, consultation),
                withVariables(Variables.CONSULTATION_ANSWER, "Early repayment can be requested in the app."));

        assertThat(consultation).isWaitingAtExactly(inFrames(FEEDBACK, SEND_RESULT_NOTICE))
                .hasNotPassed(INVESTIGATION, RESOLUTION, EXECUTION);
    }

    /** A question triage classed CONSULTATION and gave to the handling group. */
    private static ProcessInstance consultationFor(String handlingGroup) {
        return model.caseAt(CONSULTATION,
                withVariables(Variables.SEVERITY, "CONSULTATION", Variables.HANDLING_GROUP, handlingGroup));
    }
}
