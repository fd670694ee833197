package com.bank.complaints.identity;

import java.util.HashSet;
import java.util.Set;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, the complaint tasks that are already open get what {@link CaseReaders} gives every new task:
 * READ on their process instance for their candidate groups. Tasks made by a version without it would
 * otherwise show empty cards until their complaint moves on. Adds only what is missing, so it is safe on
 * every restart and on nodes starting together.
 */
@Component
@Order(2)
class OpenTaskReaders implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OpenTaskReaders.class);

    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    OpenTaskReaders(TaskService taskService, AuthorizationService authorizationService) {
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> reading = new HashSet<>();
        for (Authorization grant : authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.PROCESS_INSTANCE).list()) {
            if (grant.getGroupId() != null && grant.isPermissionGranted(Permissions.READ)) {
                reading.add(grant.getGroupId() + "@" + grant.getResourceId());
            }
        }
        int added = 0;
        for (AccessRules.StaffGroup group : AccessRules.GROUPS) {
            for (Task task : taskService.createTaskQuery()
                    .processDefinitionKeyIn(ComplaintLifecycle.PROCESS_KEY, ComplaintLifecycle.ESCALATION_PROCESS_KEY)
                    .taskCandidateGroup(group.id()).includeAssignedTasks().list()) {
                if (reading.add(group.id() + "@" + task.getProcessInstanceId()) && grantRead(group.id(), task.getProcessInstanceId())) {
                    added++;
                }
            }
        }
        if (added > 0) {
            LOG.info("Open complaint tasks: {} reading rights of their candidate groups added", added);
        }
    }

    /** True when the group was given READ on the instance now. */
    private boolean grantRead(String group, String processInstanceId) {
        Authorization grant = find(group, processInstanceId);
        if (grant != null && grant.isPermissionGranted(Permissions.READ)) {
            return false;
        }
        if (grant == null) {
            grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.PROCESS_INSTANCE);
            grant.setResourceId(processInstanceId);
        }
        grant.addPermission(Permissions.READ);
        try {
            authorizationService.saveAuthorization(grant);
            return true;
        } catch (ProcessEngineException anotherNodeWasFirst) {
            Authorization now = find(group, processInstanceId);
            if (now != null && now.isPermissionGranted(Permissions.READ)) {
                return false;
            }
            throw anotherNodeWasFirst;
        }
    }

    private Authorization find(String group, String processInstanceId) {
        return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).singleResult();
    }
}
