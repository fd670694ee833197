package com.bank.complaints.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueRefund: posts the refund once at the bank, whatever the retries (R-EXEC-1); a refusal goes to a handler. */
@Component("issueRefundDelegate")
class IssueRefundDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    IssueRefundDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            remedies.post(execution.getProcessBusinessKey(), CoreBanking.PostingType.REFUND);
        } catch (CoreBanking.Refusal refusal) {
            throw BankRefusals.toHandler(execution, refusal);
        }
        ExecutionRecorder.recordAutomatic(execution, remedies);
    }
}
