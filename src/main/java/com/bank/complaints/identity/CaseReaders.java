package com.bank.complaints.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.system.EngineParseListeners;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Lets the groups that work a complaint read it, while they work it, so Tasklist's cards show its reference,
 * customer and severity.
 * <p>
 * The cards show process variables, and Camunda 7.24 lets a user read a process variable only with READ on
 * its process instance (or READ_INSTANCE on the whole process definition, i.e. every complaint). A task's
 * candidates get READ and TASK_WORK on the task itself, which covers the task's own variables only. So when
 * a task of a complaint is created, each of its candidate groups is granted READ on that process instance
 * (the lifecycle, or the expert panel's instance for the panel's tasks); when a task completes or is cancelled,
 * a group without another open task there loses READ again. The engine deletes what is left when the instance
 * ends. Nothing else is granted: no task of another group, no writing.
 * <p>
 * The listeners are built in (a model cannot leave them out, a start or modification that skips custom
 * listeners does not skip them) and run as the application, not as the person whose action created the task.
 */
@Component
class CaseReaders extends AbstractProcessEnginePlugin {

    private static final Set<String> PROCESSES = Set.of(ComplaintLifecycle.PROCESS_KEY,
            ComplaintLifecycle.ESCALATION_PROCESS_KEY);
    private static final TaskListener READERS = CaseReaders::taskChanged;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineParseListeners.addAfterEngines(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        && PROCESSES.contains(definition.getKey())
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    TaskDefinition task = behavior.getTaskDefinition();
                    task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, READERS);
                    task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, READERS);
                    task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, READERS);
                }
            }
        });
    }

    private static void taskChanged(DelegateTask delegateTask) {
        TaskEntity task = (TaskEntity) delegateTask;
        String instance = task.getProcessInstanceId();
        CommandContext context = Context.getCommandContext();
        if (instance == null || context == null) {
            return;
        }
        boolean created = TaskListener.EVENTNAME_CREATE.equals(delegateTask.getEventName());
        context.runWithoutAuthorization(() -> {
            for (String group : candidateGroups(task)) {
                if (created) {
                    grantRead(context, group, instance);
                } else if (!stillWorkedBy(context, group, instance, task.getId())) {
                    withdrawRead(context, group, instance);
                }
            }
            return null;
        });
    }

    private static Set<String> candidateGroups(TaskEntity task) {
        Set<String> groups = new LinkedHashSet<>();
        task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> groups.add(link.getGroupId()));
        return groups;
    }

    /** Whether another open task of the instance, in the database or made by this very command, is offered to the group. */
    private static boolean stillWorkedBy(CommandContext context, String group, String instance, String endingTaskId) {
        DbEntityManager entities = context.getDbEntityManager();
        List<TaskEntity> tasks = new ArrayList<>(context.getTaskManager().findTasksByProcessInstanceId(instance));
        for (TaskEntity cached : entities.getCachedEntitiesByType(TaskEntity.class)) {
            if (instance.equals(cached.getProcessInstanceId()) && !tasks.contains(cached)) {
                tasks.add(cached);
            }
        }
        return tasks.stream()
                .filter(other -> !other.getId().equals(endingTaskId) && !other.isDeleted()
                        && !entities.getDbEntityCache().isDeleted(other))
                .anyMatch(other -> candidateGroups(other).contains(group));
    }

    private static void grantRead(CommandContext context, String group, String instance) {
        AuthorizationEntity grant = grantOf(context, group, instance);
        if (grant == null) {
            grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.PROCESS_INSTANCE);
            grant.setResourceId(instance);
            grant.addPermission(Permissions.READ);
            context.getAuthorizationManager().insert(grant);
        } else if (!grant.isPermissionGranted(Permissions.READ)) {
            // a row of this command or of an earlier task: the change is written with the command
            grant.addPermission(Permissions.READ);
        }
    }

    private static void withdrawRead(CommandContext context, String group, String instance) {
        AuthorizationEntity grant = grantOf(context, group, instance);
        if (grant != null && grant.isPermissionGranted(Permissions.READ)) {
            // the row stays without the permission: a task created later in the same command takes it up again
            grant.removePermission(Permissions.READ);
        }
    }

    /**
     * The group's grant on the instance: one made earlier in this command (not yet in the database: a second
     * one would break the engine's unique key), or the stored one.
     */
    private static AuthorizationEntity grantOf(CommandContext context, String group, String instance) {
        DbEntityManager entities = context.getDbEntityManager();
        for (AuthorizationEntity cached : entities.getCachedEntitiesByType(AuthorizationEntity.class)) {
            if (cached.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && group.equals(cached.getGroupId())
                    && cached.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
                    && Objects.equals(instance, cached.getResourceId()) && !entities.getDbEntityCache().isDeleted(cached)) {
                return cached;
            }
        }
        return context.getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT,
                group, Resources.PROCESS_INSTANCE, instance);
    }
}
