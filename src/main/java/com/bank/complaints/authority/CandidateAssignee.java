package com.bank.complaints.authority;

import java.util.Set;
import java.util.stream.Collectors;

import com.bank.complaints.lifecycle.AsSystem;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A task goes only to someone who could have claimed it: a candidate user or a member of one of its
 * candidate groups. Whoever assigns it (a supervisor reassigning, a delegation, an administrator),
 * the engine refuses anyone else, since the assignee gains the right to complete the task.
 */
class CandidateAssignee implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || AsSystem.call(() -> isCandidate(task, assignee))) {
            return;
        }
        throw new AuthorizationException("Task '" + task.getName() + "' can only be assigned to a member of "
                + candidates(task) + "; " + assignee + " is not one.");
    }

    private static boolean isCandidate(DelegateTask task, String userId) {
        Set<String> groups = task.getProcessEngineServices().getIdentityService().createGroupQuery().groupMember(userId)
                .list().stream().map(Group::getId).collect(Collectors.toSet());
        return task.getCandidates().stream().anyMatch(link -> userId.equals(link.getUserId())
                || (link.getGroupId() != null && groups.contains(link.getGroupId())));
    }

    private static String candidates(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId())
                .sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
