package com.bank.complaints.execution;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyProtectiveMeasures (on complete): the ticked measures are instructed at once; SubProcess_Feedback (on
 * start): the handler's decision at resolution, lift or keep, is carried out (R-TRIAGE-4).
 */
@Component("protectiveMeasuresListener")
class ProtectiveMeasuresListener implements TaskListener, ExecutionListener {

    private final ProtectiveMeasures measures;

    ProtectiveMeasuresListener(ProtectiveMeasures measures) {
        this.measures = measures;
    }

    @Override
    public void notify(DelegateTask task) {
        measures.apply(CaseData.of(task.getExecution()), task.getAssignee());
    }

    @Override
    public void notify(DelegateExecution execution) {
        measures.atResolution(CaseData.of(execution));
    }
}
