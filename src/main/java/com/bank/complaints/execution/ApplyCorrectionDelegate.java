package com.bank.complaints.execution;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyCorrection (issue 17.4): reverses what was posted and posts the approved correction, once
 * whatever the retries, and tells the customer the corrected result; a refusal goes to a handler.
 */
@Component("applyCorrectionDelegate")
class ApplyCorrectionDelegate implements JavaDelegate {

    private final RemedyExecution remedies;

    ApplyCorrectionDelegate(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            remedies.applyCorrection(CaseData.of(execution));
        } catch (CoreBanking.Refusal refusal) {
            throw BankRefusals.toHandler(execution, refusal);
        }
        // the correction's approver carried it out, so the next dual review needs yet another person
        ExecutionRecorder.recordAutomatic(execution, remedies);
    }
}
