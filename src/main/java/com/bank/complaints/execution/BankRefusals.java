package com.bank.complaints.execution;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A refusal of the bank is a business outcome, not a failure to retry: the step ends with the BPMN
 * error CoreBankingRefused, and Task_HandleCoreBankingRefusal shows the handler the bank's reason.
 */
final class BankRefusals {

    private BankRefusals() {
    }

    static BpmnError toHandler(DelegateExecution execution, CoreBanking.Refusal refusal) {
        execution.setVariable(Variables.CORE_BANKING_REFUSAL_REASON, refusal.reason());
        execution.setVariable(Variables.CORE_BANKING_REFUSAL_MESSAGE, refusal.bankMessage());
        return new BpmnError(ComplaintLifecycle.CORE_BANKING_REFUSED, refusal.getMessage());
    }
}
