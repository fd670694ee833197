package com.bank.complaints.resolution;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_IssueFinalSolution of the expert panel, on complete (R-RES-4): checks the final remedy like
 * a proposal and appends it to the remedy record, approved by the supervisor who decided it.
 */
@Component("finalSolutionRecorder")
class FinalSolutionRecorder implements TaskListener {

    private final RemedyDecisions decisions;

    FinalSolutionRecorder(RemedyDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        ProposalRecorder.checkRemedy(task);
        String supervisor = TaskActor.primary(task);
        decisions.finalSolution(task.getExecution().getProcessBusinessKey(), (String) task.getVariable(Variables.REMEDY_TYPE),
                ProposalRecorder.amount(task), (String) task.getVariable(Variables.REMEDY_DETAILS), supervisor);
        task.setVariable(Variables.APPROVED_BY, supervisor);
    }
}
