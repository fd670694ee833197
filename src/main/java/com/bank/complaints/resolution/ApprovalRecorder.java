package com.bank.complaints.resolution;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Writes the approval decision into the remedy record (R-RES-2, R-RES-3): the supervisor's
 * approval or rejection when Task_ApproveProposal completes, or the front line's own decision
 * when remedy-authority.dmn (Task_DecideApprovalAuthority) needs no supervisor. An approval copies
 * the proposal as recorded, so what is paid is what was proposed and approved. A proposal of several
 * options always goes to a supervisor (R-RES-1): the table judges option 1 alone, and the customer may
 * choose another.
 */
@Component("approvalRecorder")
class ApprovalRecorder implements TaskListener, ExecutionListener {

    static final String FRONT_LINE = "FRONT_LINE";
    static final String SUPERVISOR = "SUPERVISOR";

    private final RemedyDecisions decisions;

    ApprovalRecorder(RemedyDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        CaseData data = CaseData.of(task);
        if (data.proposalApproved()) {
            decisions.approve(data.reference(), TaskActor.primary(task), SUPERVISOR);
        } else {
            decisions.reject(data.reference(), TaskActor.primary(task));
        }
    }

    @Override
    public void notify(DelegateExecution execution) {
        CaseData data = CaseData.of(execution);
        if (FRONT_LINE.equals(data.approvalLevel())) {
            if (decisions.proposedOptions(data.reference()).size() > 1) {
                data.approvalLevel(SUPERVISOR);
                return;
            }
            decisions.approve(data.reference(), data.proposedBy(), FRONT_LINE);
        }
    }
}
