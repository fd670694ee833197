package com.bank.complaints.lifecycle;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Urgent work first (R-TRIAGE-4): every user task of the models takes its priority from here
 * ({@code camunda:priority="${taskPriority.of(execution)}"}), so Tasklist lists urgent complaints
 * above general ones above consultations; a repeat complaint or a media risk is raised a step.
 */
@Component("taskPriority")
public class TaskPriority {

    static final int URGENT = 90;
    static final int GENERAL = 50;
    static final int CONSULTATION = 30;
    static final int RAISE = 10;

    public int of(VariableScope execution) {
        CaseData data = CaseData.of(execution);
        int priority = switch (data.severity() == null ? "" : data.severity()) {
            case "URGENT" -> URGENT;
            case "CONSULTATION" -> CONSULTATION;
            default -> GENERAL;
        };
        boolean raised = "MEDIA_RISK".equals(data.specialKind()) || data.priorComplaints() > 0;
        return raised ? priority + RAISE : priority;
    }
}
