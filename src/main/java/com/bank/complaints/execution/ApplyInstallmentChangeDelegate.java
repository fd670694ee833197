package com.bank.complaints.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyInstallmentChange: sends the confirmed schedule to the bank, only after the customer confirmed (R-EXEC-1); a refusal goes to a handler. */
@Component("applyInstallmentChangeDelegate")
class ApplyInstallmentChangeDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    ApplyInstallmentChangeDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            remedies.applyInstallmentChange(execution.getProcessBusinessKey());
        } catch (CoreBanking.Refusal refusal) {
            throw BankRefusals.toHandler(execution, refusal);
        }
        ExecutionRecorder.recordAutomatic(execution, remedies);
    }
}
