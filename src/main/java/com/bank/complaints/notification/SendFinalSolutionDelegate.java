package com.bank.complaints.notification;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendFinalSolution in the escalation process (R-RES-4). */
@Component("sendFinalSolutionDelegate")
class SendFinalSolutionDelegate implements JavaDelegate {

    private final CustomerNotices notices;

    SendFinalSolutionDelegate(CustomerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.finalSolution(CaseData.of(execution));
    }
}
