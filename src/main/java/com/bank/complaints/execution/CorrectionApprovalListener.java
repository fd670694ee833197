package com.bank.complaints.execution;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.SecondPerson;
import com.bank.complaints.lifecycle.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveCorrection, on create, assignment and complete (issue 17.4, R-RES-2): a supervisor
 * other than the proposer decides the correction, and the decision goes into the remedy record.
 */
@Component("correctionApprovalListener")
class CorrectionApprovalListener implements TaskListener {

    private final RemedyExecution remedies;

    CorrectionApprovalListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateTask task) {
        SecondPerson.enforce(task, Variables.CORRECTION_PROPOSED_BY, Variables.CORRECTION_APPROVED_BY,
                "Correction: its proposer may not approve it");
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            remedies.decideCorrection(task.getExecution().getProcessBusinessKey(), TaskActor.primary(task),
                    Boolean.TRUE.equals(task.getVariable(Variables.CORRECTION_APPROVED)));
        }
    }
}
