package com.bank.complaints.resolution;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Runs as the customer's answer reaches Gateway_CustomerAccepted: counts rejections, and after the
 * second one marks the case for the expert panel (R-RES-4).
 */
@Component("customerDecisionRecorder")
class CustomerDecisionRecorder implements ExecutionListener {

    static final int REJECTIONS_BEFORE_ESCALATION = 2;

    @Override
    public void notify(DelegateExecution execution) {
        CaseData data = CaseData.of(execution);
        long rejections = data.customerRejections() + (data.customerAccepted() ? 0 : 1);
        data.customerRejections(rejections, rejections >= REJECTIONS_BEFORE_ESCALATION);
    }
}
