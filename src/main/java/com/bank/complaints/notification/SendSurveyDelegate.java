package com.bank.complaints.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendSurvey (R-FB-2). */
@Component("sendSurveyDelegate")
class SendSurveyDelegate implements JavaDelegate {

    private final CustomerNotices notices;

    SendSurveyDelegate(CustomerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.survey(execution.getProcessBusinessKey());
    }
}
