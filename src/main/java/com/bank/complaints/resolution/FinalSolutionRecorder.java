package com.bank.complaints.resolution;

import com.bank.complaints.lifecycle.CaseData;
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
        CaseData data = CaseData.of(task);
        decisions.finalSolution(data.reference(), data.remedyType(), data.remedyAmount(), data.remedyDetails(), supervisor);
        data.approvedBy(supervisor);
    }
}
