package com.bank.complaints.resolution;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.SecondPerson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveProposal, on create, assignment and complete (R-RES-2): the person who proposed a
 * remedy may not approve it, enforced by the engine, whatever the UI shows. The approver is recorded.
 */
@Component("fourEyesListener")
class FourEyesListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        SecondPerson.enforce(task, Variables.PROPOSED_BY, Variables.APPROVED_BY, "Four-eyes rule: the proposer may not approve");
    }
}
