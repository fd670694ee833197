package com.bank.complaints.authority;

import java.util.Objects;

import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Who sets a task's due and follow-up dates: those who work the task. Tasklist's "Set follow-up date" and
 * "Set due date" save the whole task (PUT /task/{id}); the engine wants TASK_ASSIGN or UPDATE on the task for
 * any save, which a task's candidates and assignee (TASK_WORK: claim and complete) do not have, while
 * supervisors (TASK_ASSIGN on every complaint task, to reassign) would be allowed to change any task's dates.
 * So a save that changes nothing but the dates is decided here instead: allowed to whoever the engine lets
 * work the task (TASK_WORK, with the four-eyes revocations), refused to everyone else, administrators aside.
 */
final class TaskDates {

    private TaskDates() {
    }

    /** Whether the caller's copy of the task differs from the stored one in its due and follow-up dates at most. */
    static boolean onlyDatesDiffer(Task changed, Task stored) {
        return Objects.equals(changed.getName(), stored.getName())
                && Objects.equals(changed.getDescription(), stored.getDescription())
                && changed.getPriority() == stored.getPriority()
                && Objects.equals(changed.getAssignee(), stored.getAssignee())
                && Objects.equals(changed.getOwner(), stored.getOwner())
                && changed.getDelegationState() == stored.getDelegationState()
                && Objects.equals(changed.getParentTaskId(), stored.getParentTaskId())
                && Objects.equals(changed.getCaseInstanceId(), stored.getCaseInstanceId())
                && Objects.equals(changed.getTenantId(), stored.getTenantId());
    }

    /** Refuses (AuthorizationException, HTTP 403) anyone the engine would not let work the task. */
    static void mustWork(CommandContext context, TaskEntity task) {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkTaskWork(task);
        }
    }

    /** The stored task with the caller's dates: nothing else of the caller's copy is saved. */
    static TaskEntity withDatesOf(Task changed, TaskEntity stored) {
        if (!Objects.equals(changed.getDueDate(), stored.getDueDate())) {
            stored.setDueDate(changed.getDueDate());
        }
        if (!Objects.equals(changed.getFollowUpDate(), stored.getFollowUpDate())) {
            stored.setFollowUpDate(changed.getFollowUpDate());
        }
        return stored;
    }
}
