package com.bank.complaints.sla;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The complaint is closed: every clock still running stops. */
@Component("complaintClosed")
class ComplaintClosed implements ExecutionListener {

    private final SlaClocks clocks;

    ComplaintClosed(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reference = CaseData.of(execution).reference();
        for (SlaClock clock : SlaClock.values()) {
            clocks.stop(reference, clock);
        }
    }
}
