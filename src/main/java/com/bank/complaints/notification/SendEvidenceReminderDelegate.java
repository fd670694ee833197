package com.bank.complaints.notification;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendEvidenceReminder (R-INV-3). */
@Component("sendEvidenceReminderDelegate")
class SendEvidenceReminderDelegate implements JavaDelegate {

    private final CustomerNotices notices;

    SendEvidenceReminderDelegate(CustomerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.evidenceReminder(CaseData.of(execution));
    }
}
