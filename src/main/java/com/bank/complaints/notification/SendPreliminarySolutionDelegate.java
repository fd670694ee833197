package com.bank.complaints.notification;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendPreliminarySolution (R-TRIAGE-4). */
@Component("sendPreliminarySolutionDelegate")
class SendPreliminarySolutionDelegate implements JavaDelegate {

    private final CustomerNotices notices;

    SendPreliminarySolutionDelegate(CustomerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.preliminarySolution(CaseData.of(execution));
    }
}
