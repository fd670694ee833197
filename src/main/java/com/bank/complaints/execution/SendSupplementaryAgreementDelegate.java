package com.bank.complaints.execution;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendSupplementaryAgreement (R-EXEC-1). */
@Component("sendSupplementaryAgreementDelegate")
class SendSupplementaryAgreementDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    SendSupplementaryAgreementDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.sendSupplementaryAgreement(CaseData.of(execution));
    }
}
