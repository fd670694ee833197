package com.bank.complaints.model;

import static com.bank.complaints.model.LifecycleModel.inFrames;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.CALLBACK_CUSTOMER;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FEEDBACK;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FOLLOW_UP_DISSATISFIED;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_RESULT_NOTICE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SEND_SURVEY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.SURVEY_NO_ANSWER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
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

/** SubProcess_Feedback: the result notice, the satisfaction survey, a follow-up if needed and the callback. */
class FeedbackModelTest {

    static final String SURVEY_GATEWAY = "Event_SurveyGateway";

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-FB-1 R-FB-2 the result notice goes out first, then the survey, and the case waits for the customer's score")
    void resultNoticeThenSurvey() {
        ProcessInstance complaint = model.caseAt(FEEDBACK);

        assertThat(complaint).isWaitingAtExactly(inFrames(FEEDBACK, SEND_RESULT_NOTICE));
        execute(job(SEND_RESULT_NOTICE, complaint));
        assertThat(complaint).isWaitingAtExactly(inFrames(FEEDBACK, SEND_SURVEY));
        execute(job(SEND_SURVEY, complaint));

        assertThat(complaint).isWaitingAtExactly(inFrames(FEEDBACK, SURVEY_GATEWAY)).isWaitingFor(Messages.SURVEY_ANSWERED);
    }

    @Test
    @DisplayName("R-FB-2 R-FB-3 a satisfied customer (score 3 to 5) gets no follow-up, only the callback")
    void satisfiedCustomerIsOnlyCalledBack() {
        ProcessInstance complaint = surveySent();

        answerSurvey(complaint, 3);

        assertThat(complaint).isWaitingAtExactly(inFrames(FEEDBACK, CALLBACK_CUSTOMER)).hasNotPassed(FOLLOW_UP_DISSATISFIED);
    }

    @Test
    @DisplayName("R-FB-2 a dissatisfied customer (score 1 or 2) gets a second follow-up to learn why")
    void dissatisfiedCustomerIsFollowedUp() {
        ProcessInstance complaint = surveySent();

        answerSurvey(complaint, 2);

        assertThat(complaint).isWaitingAtExactly(inFrames(FEEDBACK, FOLLOW_UP_DISSATISFIED));
    }

    @Test
    @DisplayName("R-FB-2 a survey left unanswered in time is followed up like a dissatisfied one")
    void unansweredSurveyIsFollowedUp() {
        ProcessInstance complaint = surveySent();

        execute(job(SURVEY_NO_ANSWER, complaint));

        assertThat(complaint).isWaitingAtExactly(inFrames(FEEDBACK, FOLLOW_UP_DISSATISFIED));
    }

    @Test
    @DisplayName("R-FB-2 R-FB-3 after the follow-up the customer is called back")
    void followUpLeadsToTheCallback() {
        ProcessInstance complaint = model.caseAt(FOLLOW_UP_DISSATISFIED);

        complete(task(FOLLOW_UP_DISSATISFIED, complaint), withVariables(Variables.FOLLOW_UP_NOTES, "The second fee is back."));

        assertThat(complaint).isWaitingAtExactly(inFrames(FEEDBACK, CALLBACK_CUSTOMER));
    }

    @Test
    @DisplayName("R-FB-3 R-AN-1 once the customer is called back, the root cause is recorded")
    void callbackEndsFeedback() {
        ProcessInstance complaint = model.caseAt(CALLBACK_CUSTOMER);

        complete(task(CALLBACK_CUSTOMER, complaint), withVariables(Variables.PROBLEM_SOLVED, true));

        assertThat(complaint).hasPassed(FEEDBACK).isWaitingAtExactly(inFrames(ROOT_CAUSE, RECORD_ROOT_CAUSE));
    }

    private ProcessInstance surveySent() {
        return model.caseAt(SURVEY_GATEWAY);
    }

    private static void answerSurvey(ProcessInstance complaint, int score) {
        runtimeService().createMessageCorrelation(Messages.SURVEY_ANSWERED).processInstanceId(complaint.getId())
                .setVariable(Variables.SATISFACTION_SCORE, score).correlate();
    }
}
