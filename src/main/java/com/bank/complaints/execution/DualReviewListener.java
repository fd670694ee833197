package com.bank.complaints.execution;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.SecondPerson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DualReview, on create, assignment and complete (R-EXEC-2): the reviewer is a second person,
 * never the one who executed the remedy. The reviewer is recorded.
 */
@Component("dualReviewListener")
class DualReviewListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        SecondPerson.enforce(task, Variables.EXECUTED_BY, Variables.REVIEWED_BY, "Dual review: the executor may not review");
    }
}
