package com.bank.complaints.authority;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One lifecycle per reference, kept by the database: every complaint-lifecycle instance is written
 * to lifecycle_instance under its reference (primary key) in the transaction that starts it, so a
 * second start for the same reference fails on any node, however it was started.
 */
@Component
class LifecycleRegistry implements ExecutionListener {

    private final JdbcTemplate jdbc;

    LifecycleRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        boolean startEventLeft = EVENTNAME_END.equals(execution.getEventName());
        if (reference == null) {
            if (startEventLeft) {
                throw new LifecycleAlreadyRunning("A complaint lifecycle needs a reference from intake");
            }
            // a start from the form gets its reference from the intake listener, registered when the start event is left
            return;
        }
        register(reference, execution.getProcessInstanceId());
    }

    private void register(String reference, String processInstanceId) {
        List<String> registered = jdbc.queryForList(
                "SELECT process_instance_id FROM lifecycle_instance WHERE reference = ?", String.class, reference);
        if (!registered.isEmpty()) {
            if (registered.get(0).equals(processInstanceId)) {
                return;
            }
            throw LifecycleAlreadyRunning.forReference(reference);
        }
        try {
            jdbc.update("INSERT INTO lifecycle_instance (reference, process_instance_id, started_at) VALUES (?, ?, ?)",
                    reference, processInstanceId, OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC));
        } catch (DuplicateKeyException startedAtTheSameTime) {
            throw LifecycleAlreadyRunning.forReference(reference);
        }
    }
}
