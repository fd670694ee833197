package com.bank.complaints.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The warning steps of the SLA timers (the message end events EndEvent_...Warned): the owners of the late work are told. */
@Component("slaWarningDelegate")
class SlaWarningDelegate implements JavaDelegate {

    private final SlaEvents events;

    SlaWarningDelegate(SlaEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.warn(SlaEvents.Late.of(execution));
    }
}
