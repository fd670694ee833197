package com.bank.complaints.sla;

import java.util.Date;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The one bean the model asks for every deadline: ${deadlines.due(execution, 'REPLY')} for timers
 * and task due dates, ${deadlines.warningAt(execution, 'REPLY')} for warning timers. A clock is
 * fixed the first time it is asked for (start, policy row, calendar) and kept in sla_clock, so
 * every timer and due date of the clock agrees, and pauses, triage and extensions move it there.
 */
@Component("deadlines")
public class Deadlines {

    private final SlaClocks clocks;

    Deadlines(SlaClocks clocks) {
        this.clocks = clocks;
    }

    public Date due(VariableScope execution, String clock) {
        return Date.from(clock(execution, clock).dueAt());
    }

    public Date warningAt(VariableScope execution, String clock) {
        return Date.from(clock(execution, clock).warningAt());
    }

    private ClockRecord clock(VariableScope variables, String clock) {
        CaseData data = CaseData.of(variables);
        SlaClocks.Scope scope = new SlaClocks.Scope(data.reference(), data.severity(), data.complexity(), data.remedyType());
        // a complaint started from the Tasklist form schedules its timers a moment before it is registered
        return scope.reference() == null ? clocks.provisional(scope, SlaClock.valueOf(clock))
                : clocks.clock(scope, SlaClock.valueOf(clock));
    }
}
