package com.bank.complaints.execution;

import java.math.BigDecimal;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_CorrectExecution, on complete (issue 17.4): a corrected amount of a refund or fee waiver
 * becomes a new proposal in the remedy record, for a supervisor to approve; any other correction
 * is done by hand and goes back to the dual review.
 */
@Component("correctionProposer")
class CorrectionProposer implements TaskListener {

    private final RemedyExecution remedies;

    CorrectionProposer(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateTask task) {
        Object amount = task.getVariable(Variables.CORRECTED_AMOUNT);
        String proposer = TaskActor.primary(task);
        boolean toApprove = amount instanceof Number number && remedies.proposeCorrection(task.getExecution()
                .getProcessBusinessKey(), new BigDecimal(number.toString()), (String) task.getVariable(Variables.CORRECTION_NOTE),
                proposer);
        task.setVariable(Variables.CORRECTION_TO_APPROVE, toApprove);
        task.setVariable(Variables.CORRECTION_PROPOSED_BY, proposer);
    }
}
