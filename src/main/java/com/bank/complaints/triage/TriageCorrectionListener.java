package com.bank.complaints.triage;

import java.time.ZoneOffset;
import java.util.Objects;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.sla.SlaClocks;
import com.bank.complaints.system.BusinessTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewTriage, on complete: records who corrected the table's uncertain classification,
 * from what to what and why, so corrections can be audited and fed back into the table; the
 * complaint record and the receipt clocks follow the corrected classification.
 */
@Component("triageCorrectionListener")
class TriageCorrectionListener implements TaskListener {

    private final JdbcTemplate jdbc;
    private final BusinessTime time;
    private final SlaClocks clocks;
    private final ApplicationEventPublisher events;

    TriageCorrectionListener(JdbcTemplate jdbc, BusinessTime time, SlaClocks clocks, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.time = time;
        this.clocks = clocks;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        VariableMap answered = task.getVariablesTyped();
        jdbc.update("INSERT INTO triage_correction (reference, suggested, corrected, reason, corrected_by, corrected_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                task.getExecution().getProcessBusinessKey(), answered.get(Variables.TRIAGE_SUGGESTION),
                Triage.describe(answered),
                Objects.toString(answered.get(Variables.TRIAGE_CORRECTION_REASON), ""), task.getAssignee(),
                time.now().atOffset(ZoneOffset.UTC));
        ComplaintClassified classified = Triage.classified(task.getExecution().getProcessBusinessKey(), answered);
        events.publishEvent(classified);
        clocks.reassess(new SlaClocks.Scope(classified.reference(), classified.severity(), classified.complexity()),
                task.getAssignee());
    }
}
