package com.bank.complaints.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Event_AgreementConfirmed, on end: the customer's e-confirmation is stored as the process takes it (R-EXEC-1). */
@Component("agreementConfirmedListener")
class AgreementConfirmedListener implements ExecutionListener {

    private final RemedyExecution remedies;

    AgreementConfirmedListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateExecution execution) {
        remedies.confirmAgreement(execution.getProcessBusinessKey());
    }
}
