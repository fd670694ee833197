package com.bank.complaints.lifecycle;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting on a task: its assignee and the user logged in to the call, when there is one. */
public final class TaskActor {

    private TaskActor() {
    }

    /** The people acting on the task now (assignee first); empty when neither is known. */
    public static Set<String> of(DelegateTask task) {
        Set<String> actors = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            actors.add(task.getAssignee());
        }
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            actors.add(authentication.getUserId());
        }
        return actors;
    }

    /** The one person to credit with the task: its assignee, else the logged-in user. */
    public static String primary(DelegateTask task) {
        return of(task).stream().findFirst().orElse(null);
    }
}
