package com.bank.complaints.notification;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyProtectiveMeasures (R-TRIAGE-4). */
@Component("notifyProtectiveMeasuresDelegate")
class NotifyProtectiveMeasuresDelegate implements JavaDelegate {

    private final CustomerNotices notices;

    NotifyProtectiveMeasuresDelegate(CustomerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.protectiveMeasures(CaseData.of(execution));
    }
}
