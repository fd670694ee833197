package com.bank.complaints.notification;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyExtension: the customer is told the reason and the new regulatory date. */
@Component("notifyExtensionDelegate")
class NotifyExtensionDelegate implements JavaDelegate {

    private final CustomerNotices notices;

    NotifyExtensionDelegate(CustomerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.extension(CaseData.of(execution));
    }
}
