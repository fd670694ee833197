package com.bank.complaints.notification;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RequestEvidence (R-INV-3). */
@Component("requestEvidenceDelegate")
class RequestEvidenceDelegate implements JavaDelegate {

    private final CustomerNotices notices;

    RequestEvidenceDelegate(CustomerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.evidenceRequest(CaseData.of(execution));
    }
}
