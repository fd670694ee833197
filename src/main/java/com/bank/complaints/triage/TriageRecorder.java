package com.bank.complaints.triage;

import java.util.Map;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.sla.SlaClocks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_TriageComplaint: spreads the triage table's one result row into the variables that
 * gateways, forms and reports use (severity, category, ...), and sets the receipt clocks to the
 * policy rows of the complaint's severity and complexity (a complex case has 5 working days to reply).
 * The classification is also written onto the complaint record for reports.
 */
@Component("triageRecorder")
class TriageRecorder implements ExecutionListener {

    private final SlaClocks clocks;
    private final ApplicationEventPublisher events;

    TriageRecorder(SlaClocks clocks, ApplicationEventPublisher events) {
        this.clocks = clocks;
        this.events = events;
    }

    static final String[] OUTPUTS = {Variables.SEVERITY, Variables.CATEGORY, Variables.SPECIAL_KIND,
            Variables.COMPLEXITY, Variables.HANDLING_GROUP, Variables.TRIAGE_CONFIDENT};

    @Override
    public void notify(DelegateExecution execution) {
        CaseData data = CaseData.of(execution);
        Map<String, Object> result = data.triageResult();
        if (result == null) {
            throw new IllegalStateException("The triage table gave no result for " + data.reference());
        }
        for (String output : OUTPUTS) {
            execution.setVariable(output, result.get(output));
        }
        execution.setVariable(Variables.TRIAGE_SUGGESTION, Triage.describe(result));
        ComplaintClassified classified = Triage.classified(data.reference(), result);
        events.publishEvent(classified);
        clocks.reassess(new SlaClocks.Scope(data.reference(), classified.severity(), classified.complexity()), null);
        execution.removeVariable(Variables.TRIAGE_RESULT);
    }
}
