package com.bank.complaints.execution;

import com.bank.complaints.lifecycle.CaseData;
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
        CaseData.of(task).executedBy(TaskActor.primary(task));
    }

    /** An automatic posting is credited to whoever approved the remedy in the record (the proposer on the front line). */
    static void recordAutomatic(DelegateExecution execution, RemedyExecution remedies) {
        CaseData data = CaseData.of(execution);
        data.executedBy(remedies.approved(data.reference()).decidedBy());
    }
}
