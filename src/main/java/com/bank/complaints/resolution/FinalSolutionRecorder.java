package com.bank.complaints.resolution;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_IssueFinalSolution of the expert panel, on complete (R-RES-4): checks the final remedy like
 * a proposal and records the supervisor who decided it as its approver.
 */
@Component("finalSolutionRecorder")
class FinalSolutionRecorder implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ProposalRecorder.checkRemedy(task);
        task.setVariable(Variables.APPROVED_BY, TaskActor.primary(task));
    }
}
