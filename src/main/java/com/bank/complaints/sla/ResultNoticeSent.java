package com.bank.complaints.sla;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The result notice is sent (R-FB-1): the RESULT_NOTICE clock stops, and the callback promise
 * (R-FB-3) starts counting from this moment, once.
 */
@Component("resultNoticeSent")
class ResultNoticeSent extends ClockMilestone {

    private final SlaClocks clocks;

    ResultNoticeSent(SlaClocks clocks) {
        super(clocks, SlaClock.RESULT_NOTICE);
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        super.notify(execution);
        CaseData data = CaseData.of(execution);
        clocks.clock(new SlaClocks.Scope(data.reference(), data.severity(), data.complexity(), data.remedyType()),
                SlaClock.CALLBACK);
    }
}
