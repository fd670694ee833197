package com.bank.complaints.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyInstallmentChange: only after the customer confirmed (R-EXEC-1). */
@Component("applyInstallmentChangeDelegate")
class ApplyInstallmentChangeDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    ApplyInstallmentChangeDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        remedies.applyInstallmentChange(execution.getProcessBusinessKey());
        ExecutionRecorder.recordAutomatic(execution, remedies);
    }
}
