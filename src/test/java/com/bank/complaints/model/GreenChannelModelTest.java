package com.bank.complaints.model;

import static com.bank.complaints.model.LifecycleModel.inFrames;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_PRELIMINARY_SOLUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FIND_ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.GREEN_CHANNEL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.NOTIFY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_PRELIMINARY_SOLUTION;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SubProcess_GreenChannel: the joint team's first hours on an urgent complaint (R-TRIAGE-4). */
class GreenChannelModelTest {

    static final String INTERVENTION_DUE = "Timer_UrgentIntervention1h";
    static final String RECORD_INTERVENTION_BREACH = "EndEvent_UrgentInterventionBreached";
    static final String MEASURES_AND_CAUSE_JOIN = "Gateway_GreenChannelJoin";

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-TRIAGE-4 operations apply protective measures while the joint team looks for the root cause")
    void measuresAndRootCauseRunAtOnce() {
        ProcessInstance urgent = urgentCase();

        assertThat(urgent).isWaitingAtExactly(inFrames(GREEN_CHANNEL, APPLY_PROTECTIVE_MEASURES, FIND_ROOT_CAUSE));
        assertThat(task(APPLY_PROTECTIVE_MEASURES, urgent)).hasCandidateGroup(Groups.OPERATIONS);
        assertThat(task(FIND_ROOT_CAUSE, urgent)).hasCandidateGroup(Groups.COMPLAINT_HANDLERS)
                .hasCandidateGroup(Groups.OPERATIONS).hasCandidateGroup(Groups.SUPERVISORS);
    }

    @Test
    @DisplayName("R-TRIAGE-4 the customer is told about the protective measures once they are applied")
    void customerIsToldAboutTheMeasures() {
        ProcessInstance urgent = urgentCase();

        complete(task(APPLY_PROTECTIVE_MEASURES, urgent), withVariables(Variables.STOP_PAYMENT, true, Variables.FREEZE_CARD, true));

        assertThat(urgent).isWaitingAt(NOTIFY_PROTECTIVE_MEASURES, FIND_ROOT_CAUSE);
    }

    @Test
    @DisplayName("R-TRIAGE-4 the preliminary solution waits for both the measures and the root cause")
    void preliminarySolutionWaitsForMeasuresAndRootCause() {
        ProcessInstance urgent = urgentCase();
        complete(task(APPLY_PROTECTIVE_MEASURES, urgent), withVariables(Variables.STOP_PAYMENT, true, Variables.FREEZE_CARD, true));
        execute(job(NOTIFY_PROTECTIVE_MEASURES, urgent));

        assertThat(urgent).isWaitingAtExactly(inFrames(GREEN_CHANNEL, MEASURES_AND_CAUSE_JOIN, FIND_ROOT_CAUSE));
        complete(task(FIND_ROOT_CAUSE, urgent), withVariables(Variables.ROOT_CAUSE, "Card skimmed at a mall terminal."));

        assertThat(urgent).isWaitingAtExactly(inFrames(GREEN_CHANNEL, PROPOSE_PRELIMINARY_SOLUTION));
        assertThat(task(PROPOSE_PRELIMINARY_SOLUTION, urgent)).hasCandidateGroup(Groups.COMPLAINT_HANDLERS);
    }

    @Test
    @DisplayName("R-TRIAGE-4 R-INV-1 after the preliminary solution the urgent complaint is investigated like any other")
    void urgentComplaintIsInvestigatedAfterThePreliminarySolution() {
        ProcessInstance urgent = model.caseAt(PROPOSE_PRELIMINARY_SOLUTION, withVariables(Variables.SEVERITY, "URGENT"));

        complete(task(PROPOSE_PRELIMINARY_SOLUTION, urgent),
                withVariables(Variables.PRELIMINARY_SOLUTION, "Provisional credit while the chargeback runs."));

        assertThat(urgent).hasPassed(GREEN_CHANNEL).isWaitingAtExactly(
                inFrames(INVESTIGATION, INVESTIGATE_COMPLAINT, "EventSubProcess_SendPreliminarySolution", SEND_PRELIMINARY_SOLUTION));
    }

    @Test
    @DisplayName("R-TRIAGE-4 an intervention late after 1 hour is recorded as a breach, and the task stays open")
    void lateInterventionIsRecordedAsABreach() {
        ProcessInstance urgent = urgentCase();

        execute(job(INTERVENTION_DUE, urgent));

        assertThat(urgent).hasPassed(RECORD_INTERVENTION_BREACH).isWaitingAt(APPLY_PROTECTIVE_MEASURES);
    }

    private ProcessInstance urgentCase() {
        return model.caseAt(GREEN_CHANNEL, withVariables(Variables.SEVERITY, "URGENT", Variables.CATEGORY, "SECURITY"));
    }
}
