package com.bank.complaints.resolution;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
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
        Number previous = (Number) execution.getVariable(Variables.CUSTOMER_REJECTIONS);
        long rejections = previous == null ? 0 : previous.longValue();
        if (!Boolean.TRUE.equals(execution.getVariable(Variables.CUSTOMER_ACCEPTED))) {
            rejections++;
        }
        execution.setVariable(Variables.CUSTOMER_REJECTIONS, rejections);
        execution.setVariable(Variables.ESCALATION_NEEDED, rejections >= REJECTIONS_BEFORE_ESCALATION);
    }
}
