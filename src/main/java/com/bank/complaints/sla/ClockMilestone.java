package com.bank.complaints.sla;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** A milestone of the model that keeps a promise: the listener stops the promise's clock. */
abstract class ClockMilestone implements ExecutionListener {

    private final SlaClocks clocks;
    private final SlaClock clock;

    ClockMilestone(SlaClocks clocks, SlaClock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        clocks.stop(CaseData.of(execution).reference(), clock);
    }
}
