package com.bank.complaints.execution;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Remembers who executed a remedy, so the dual review can insist on a second person: the operator
 * who carried it out by hand, or, for automatic postings, the supervisor who approved it (or the
 * handler whose fast-track proposal it was).
 */
@Component("executionRecorder")
class ExecutionRecorder implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(Variables.EXECUTED_BY, TaskActor.primary(task));
    }

    /** An automatic posting is credited to whoever approved the remedy in the record (the proposer on the front line). */
    static void recordAutomatic(DelegateExecution execution, RemedyExecution remedies) {
        execution.setVariable(Variables.EXECUTED_BY, remedies.approved(execution.getProcessBusinessKey()).decidedBy());
    }
}
