package com.bank.complaints.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The breach steps of the SLA timers (the message end events EndEvent_...Breached): recorded, raised in Cockpit, supervisors told. */
@Component("slaBreachDelegate")
class SlaBreachDelegate implements JavaDelegate {

    private final SlaEvents events;

    SlaBreachDelegate(SlaEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.breach(SlaEvents.Late.of(execution), execution);
    }
}
