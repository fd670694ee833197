package com.bank.complaints.sla;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Task_AwaitEvidence, on end: the reply clock runs again, its due date moved by the working time paused (R-INV-3). */
@Component("replyClockResume")
class ReplyClockResume implements ExecutionListener {

    private final SlaClocks clocks;

    ReplyClockResume(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        clocks.resume(CaseData.of(execution).reference());
    }
}
