package com.bank.complaints.notification;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendResultNotice (R-FB-1). */
@Component("sendResultNoticeDelegate")
class SendResultNoticeDelegate implements JavaDelegate {

    private final CustomerNotices notices;

    SendResultNoticeDelegate(CustomerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.resultNotice(CaseData.of(execution));
    }
}
