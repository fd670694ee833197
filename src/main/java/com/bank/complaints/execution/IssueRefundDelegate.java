package com.bank.complaints.execution;

import com.bank.complaints.ledger.CardAccountLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueRefund: posts the refund once, whatever the retries (R-EXEC-1). */
@Component("issueRefundDelegate")
class IssueRefundDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    IssueRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.post(execution.getProcessBusinessKey(), CardAccountLedger.PostingType.REFUND);
        ExecutionRecorder.recordAutomatic(execution, remedies);
    }
}
