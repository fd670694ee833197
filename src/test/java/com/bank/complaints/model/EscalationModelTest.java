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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/complaint-escalation.bpmn, the expert panel (R-RES-4), on its own and as the lifecycle's
 * CallActivity_ExpertPanel. Its deadlines here come from stand-ins; sla/PanelClocksTest runs them on
 * the real clocks (and feeds the process test coverage).
 */
class EscalationModelTest {

    static final Map<String, Object> FINAL_REFUND = Map.of(Variables.FINAL_SOLUTION, "Refund both fees with an apology.",
            Variables.REMEDY_TYPE, "REFUND", Variables.REMEDY_AMOUNT, 257.0);

    static final String FINAL_SOLUTION_GROUP = "SubProcess_FinalSolution";
    static final String PANEL_REVIEW_GROUP = "SubProcess_PanelReview";
    static final String PANEL_REVIEW_WARNING = "Timer_PanelReviewWarning";
    static final String PANEL_REVIEW_DUE = "Timer_PanelReview5WorkingDays";
    static final String FINAL_SOLUTION_WARNING = "Timer_FinalSolutionWarning";
    static final String FINAL_SOLUTION_DUE = "Timer_FinalSolution10WorkingDays";

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    /** The clocks the warning and breach steps were run for, as their extension property names them. */
    private final List<Object> warned = new ArrayList<>();
    private final List<Object> breached = new ArrayList<>();

    @BeforeEach
    void panelStandIns() {
        Mocks.register("deadlines", new PanelDeadlines());
        Mocks.register("slaWarningDelegate", (JavaDelegate) step -> warned.add(clock(step)));
        Mocks.register("slaBreachDelegate", (JavaDelegate) step -> breached.add(clock(step)));
    }

    @Test
    @DisplayName("R-RES-4 legal, compliance and business experts review the case at the same time")
    void expertsReviewAtTheSameTime() {
        ProcessInstance panel = model.escalation();

        assertThat(panel).isWaitingAtExactly(FINAL_SOLUTION_GROUP, PANEL_REVIEW_GROUP, LEGAL_REVIEW, COMPLIANCE_REVIEW,
                BUSINESS_REVIEW);
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

        assertThat(panel).isWaitingAtExactly(FINAL_SOLUTION_GROUP, RECORD_CUSTOMER_MEETING);
        assertThat(task(RECORD_CUSTOMER_MEETING, panel)).hasCandidateGroup(Groups.EXPERT_BUSINESS);
    }

    @Test
    @DisplayName("R-RES-4 after the meeting a supervisor decides the final solution, which is then sent to the customer")
    void supervisorDecidesTheFinalSolutionWhichIsSent() {
        ProcessInstance panel = model.escalation();
        reviewAndMeet(panel);

        assertThat(task(ISSUE_FINAL_SOLUTION, panel)).hasCandidateGroup(Groups.SUPERVISORS);
        complete(task(ISSUE_FINAL_SOLUTION, panel), FINAL_REFUND);
        assertThat(panel).isWaitingAtExactly(FINAL_SOLUTION_GROUP, SEND_FINAL_SOLUTION);
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

    @Test
    @DisplayName("R-RES-4 the panel's deadlines start at escalation: the reviews are due with PANEL_REVIEW, the meeting and the decision with FINAL_SOLUTION")
    void tasksAreDueWithThePanelsOwnClocks() {
        ProcessInstance panel = model.escalation();

        assertThat(job(PANEL_REVIEW_WARNING, panel).getDuedate()).isEqualTo(PanelDeadlines.warnAt("PANEL_REVIEW"));
        assertThat(job(PANEL_REVIEW_DUE, panel).getDuedate()).isEqualTo(PanelDeadlines.dueAt("PANEL_REVIEW"));
        assertThat(job(FINAL_SOLUTION_WARNING, panel).getDuedate()).isEqualTo(PanelDeadlines.warnAt("FINAL_SOLUTION"));
        assertThat(job(FINAL_SOLUTION_DUE, panel).getDuedate()).isEqualTo(PanelDeadlines.dueAt("FINAL_SOLUTION"));
        for (String review : List.of(LEGAL_REVIEW, COMPLIANCE_REVIEW, BUSINESS_REVIEW)) {
            assertThat(task(review, panel).getDueDate()).as(review).isEqualTo(PanelDeadlines.dueAt("PANEL_REVIEW"));
        }
        complete(task(LEGAL_REVIEW, panel));
        complete(task(COMPLIANCE_REVIEW, panel));
        complete(task(BUSINESS_REVIEW, panel));
        assertThat(task(RECORD_CUSTOMER_MEETING, panel).getDueDate()).isEqualTo(PanelDeadlines.dueAt("FINAL_SOLUTION"));
        complete(task(RECORD_CUSTOMER_MEETING, panel));
        assertThat(task(ISSUE_FINAL_SOLUTION, panel).getDueDate()).isEqualTo(PanelDeadlines.dueAt("FINAL_SOLUTION"));
    }

    @Test
    @DisplayName("R-RES-4 the panel-review warning fires while experts are still reviewing, and the review goes on")
    void panelReviewWarningLeavesTheReviewRunning() {
        ProcessInstance panel = model.escalation();
        complete(task(LEGAL_REVIEW, panel));

        execute(job(PANEL_REVIEW_WARNING, panel));

        assertThat(panel).hasPassed("EndEvent_PanelReviewWarned")
                .isWaitingAt(PANEL_REVIEW_GROUP, COMPLIANCE_REVIEW, BUSINESS_REVIEW).isNotWaitingAt(RECORD_CUSTOMER_MEETING);
        assertThat(warned).containsExactly("PANEL_REVIEW");
        assertThat(breached).isEmpty();
    }

    @Test
    @DisplayName("R-RES-4 at the panel-review due date the breach is recorded, and the review goes on")
    void panelReviewBreachLeavesTheReviewRunning() {
        ProcessInstance panel = model.escalation();

        execute(job(PANEL_REVIEW_DUE, panel));

        assertThat(panel).hasPassed("EndEvent_PanelReviewBreached")
                .isWaitingAtExactly(FINAL_SOLUTION_GROUP, PANEL_REVIEW_GROUP, LEGAL_REVIEW, COMPLIANCE_REVIEW, BUSINESS_REVIEW);
        assertThat(breached).containsExactly("PANEL_REVIEW");
    }

    @Test
    @DisplayName("R-RES-4 a panel that reviews in time drops its review timers, and once the final solution is sent no timer is left")
    void panelInTimeLeavesNoTimers() {
        ProcessInstance panel = model.escalation();
        complete(task(LEGAL_REVIEW, panel));
        complete(task(COMPLIANCE_REVIEW, panel));
        complete(task(BUSINESS_REVIEW, panel));

        assertThat(panel).hasPassed(PANEL_REVIEW_GROUP, "EndEvent_PanelReviewDone");
        assertThat(timers(panel)).containsExactlyInAnyOrder(FINAL_SOLUTION_WARNING, FINAL_SOLUTION_DUE);
        complete(task(RECORD_CUSTOMER_MEETING, panel));
        complete(task(ISSUE_FINAL_SOLUTION, panel), FINAL_REFUND);
        execute(job(SEND_FINAL_SOLUTION, panel));

        assertThat(panel).hasPassed("EndEvent_FinalSolutionSent", FINAL_SOLUTION_GROUP).isEnded();
        assertThat(jobQuery().processInstanceId(panel.getId()).count()).isZero();
        assertThat(warned).isEmpty();
        assertThat(breached).isEmpty();
    }

    @Test
    @DisplayName("R-RES-4 the final-solution warning and breach fire while the decision is open, and the decision goes on")
    void finalSolutionWarningAndBreachLeaveTheDecisionOpen() {
        ProcessInstance panel = model.escalation();
        reviewAndMeet(panel);

        execute(job(FINAL_SOLUTION_WARNING, panel));
        execute(job(FINAL_SOLUTION_DUE, panel));

        assertThat(panel).hasPassed("EndEvent_FinalSolutionWarned", "EndEvent_FinalSolutionBreached")
                .isWaitingAtExactly(FINAL_SOLUTION_GROUP, ISSUE_FINAL_SOLUTION);
        assertThat(warned).containsExactly("FINAL_SOLUTION");
        assertThat(breached).containsExactly("FINAL_SOLUTION");
        complete(task(ISSUE_FINAL_SOLUTION, panel), FINAL_REFUND);
        execute(job(SEND_FINAL_SOLUTION, panel));
        assertThat(panel).isEnded();
    }

    private static void reviewAndMeet(ProcessInstance panel) {
        complete(task(LEGAL_REVIEW, panel));
        complete(task(COMPLIANCE_REVIEW, panel));
        complete(task(BUSINESS_REVIEW, panel));
        complete(task(RECORD_CUSTOMER_MEETING, panel));
    }

    /** The timer events that wait in the panel. */
    private static List<String> timers(ProcessInstance panel) {
        return jobQuery().processInstanceId(panel.getId()).timers().list().stream()
                .map(timer -> managementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
                        .singleResult().getActivityId())
                .toList();
    }

    /**
     * The deadlines stand-in with the panel's two clocks apart (5 and 10 days after receipt, warning at
     * 4 and 8), so a task or timer on the wrong clock shows; the other clocks as FixedDeadlines.
     */
    public static final class PanelDeadlines {

        private final LifecycleModel.FixedDeadlines others = new LifecycleModel.FixedDeadlines();

        public Date due(Object execution, String clock) {
            return panelClock(clock) ? dueAt(clock) : others.due(execution, clock);
        }

        public Date warningAt(Object execution, String clock) {
            return panelClock(clock) ? warnAt(clock) : others.warningAt(execution, clock);
        }

        static Date dueAt(String clock) {
            return Date.from(LifecycleModel.RECEIVED_AT.plus(Duration.ofDays(days(clock))));
        }

        static Date warnAt(String clock) {
            return Date.from(LifecycleModel.RECEIVED_AT.plus(Duration.ofDays(days(clock) * 4 / 5)));
        }

        private static boolean panelClock(String clock) {
            return clock.equals("PANEL_REVIEW") || clock.equals("FINAL_SOLUTION");
        }

        private static long days(String clock) {
            return clock.equals("PANEL_REVIEW") ? 5 : 10;
        }
    }

    private static String clock(DelegateExecution step) {
        return step.getBpmnModelElementInstance().getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).singleResult().getCamundaProperties().stream()
                .filter(property -> Variables.CLOCK.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElseThrow();
    }
}
