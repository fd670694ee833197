package com.bank.complaints.execution;

import com.bank.complaints.ledger.CardAccountLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyFeeWaiver: posts the fee waiver once, whatever the retries (R-EXEC-1). */
@Component("applyFeeWaiverDelegate")
class ApplyFeeWaiverDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    ApplyFeeWaiverDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.post(execution.getProcessBusinessKey(), CardAccountLedger.PostingType.FEE_WAIVER);
        ExecutionRecorder.recordAutomatic(execution, remedies);
    }
}
