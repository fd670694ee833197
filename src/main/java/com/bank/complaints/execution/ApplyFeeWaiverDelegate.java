package com.bank.complaints.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyFeeWaiver: posts the fee waiver once at the bank, whatever the retries (R-EXEC-1); a refusal goes to a handler. */
@Component("applyFeeWaiverDelegate")
class ApplyFeeWaiverDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    ApplyFeeWaiverDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            remedies.post(execution.getProcessBusinessKey(), CoreBanking.PostingType.FEE_WAIVER);
        } catch (CoreBanking.Refusal refusal) {
            throw BankRefusals.toHandler(execution, refusal);
        }
        ExecutionRecorder.recordAutomatic(execution, remedies);
    }
}
