package com.bank.complaints.authority;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A task goes only to someone who could have claimed it: a candidate user or a member of one of its
 * candidate groups. Whoever assigns or delegates it (a supervisor reassigning, an administrator, a
 * Java caller), anyone else is refused, since the assignee gains the right to complete the task.
 */
final class CandidateAssignee {

    private CandidateAssignee() {
    }

    /** Whether the user, with these groups, may claim the task: a candidate user or a member of a candidate group. */
    static boolean isCandidate(TaskEntity task, String userId, Collection<String> groups) {
        return task.getCandidates().stream().anyMatch(link -> userId.equals(link.getUserId())
                || (link.getGroupId() != null && groups.contains(link.getGroupId())));
    }

    static void check(CommandContext context, TaskEntity task, String assignee) {
        if (task == null || assignee == null || task.getProcessInstanceId() == null) {
            return;
        }
        Set<String> groups = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
                .getIdentityService().createGroupQuery().groupMember(assignee).list().stream().map(Group::getId)
                .collect(Collectors.toSet()));
        if (!isCandidate(task, assignee, groups)) {
            throw new AuthorizationException("Task '" + task.getName() + "' can only be assigned to a member of "
                    + task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                            .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId()).sorted()
                            .collect(Collectors.joining(", ")) + "; " + assignee + " is not one.");
        }
    }
}
