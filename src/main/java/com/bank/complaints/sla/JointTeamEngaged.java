package com.bank.complaints.sla;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A member of the joint team takes a green-channel task (R-TRIAGE-4): the team is engaged and the
 * URGENT_ENGAGEMENT clock stops. Handing a task back (no assignee) engages no one.
 */
@Component("jointTeamEngaged")
class JointTeamEngaged implements TaskListener {

    private final SlaClocks clocks;

    JointTeamEngaged(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() != null) {
            clocks.stop(CaseData.of(task).reference(), SlaClock.URGENT_ENGAGEMENT);
        }
    }
}
