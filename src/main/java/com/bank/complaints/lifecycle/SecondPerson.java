package com.bank.complaints.lifecycle;

import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The four-eyes rule for a task that must be done by someone else than the person named in a
 * variable (the proposer of a remedy, its executor). When the task is created, that person's right
 * to work on it is revoked, so the engine itself answers their claim or completion with an
 * authorization error (HTTP 403 in Tasklist and the REST API), whatever their groups allow. If a
 * supervisor assigns the task to them anyway, assignment and completion are refused here too.
 */
public final class SecondPerson {

    private SecondPerson() {
    }

    /**
     * Call from a task listener on create, assignment and complete; on complete the second person
     * is recorded in {@code secondPersonVariable}.
     */
    public static void enforce(DelegateTask task, String firstPersonVariable, String secondPersonVariable, String rule) {
        Object first = task.getVariable(firstPersonVariable);
        if (first != null) {
            String firstPerson = first.toString();
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                revokeWork(task, firstPerson);
            } else if (TaskActor.of(task).contains(firstPerson)) {
                throw new AuthorizationException(rule + ": " + firstPerson + " may not do this task; a second person must.");
            }
        }
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariable(secondPersonVariable, TaskActor.primary(task));
        }
    }

    private static void revokeWork(DelegateTask task, String userId) {
        AsSystem.run(() -> {
            var authorizations = task.getProcessEngineServices().getAuthorizationService();
            Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
            revoke.setUserId(userId);
            revoke.setResource(Resources.TASK);
            revoke.setResourceId(Objects.requireNonNull(task.getId()));
            revoke.removePermission(TaskPermissions.TASK_WORK);
            revoke.removePermission(Permissions.UPDATE);
            authorizations.saveAuthorization(revoke);
        });
    }
}
