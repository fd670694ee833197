package com.bank.complaints.sla;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Task_AwaitEvidence, on start: the reply clock pauses while the case waits for the customer's evidence (R-INV-3). */
@Component("replyClockPause")
class ReplyClockPause implements ExecutionListener {

    private final SlaClocks clocks;

    ReplyClockPause(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        clocks.pause(CaseData.of(execution).reference());
    }
}
