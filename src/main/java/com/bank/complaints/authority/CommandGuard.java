package com.bank.complaints.authority;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Checks every command a caller gives the engine, before it runs (nested commands of the engine's
 * own work are not checked again):
 * <ul>
 * <li>completing or submitting a task writes only the fields its form declares editable
 * ({@link FormFields}); so does starting a complaint from its start form;</li>
 * <li>a complaint starts only through intake (the channel API, the start form): starting a process
 * directly, with or without start instructions or skipped listeners, is for administrators;</li>
 * <li>a task is assigned or delegated only to one of its candidates ({@link CandidateAssignee});</li>
 * <li>process variables are set directly, messages and signals sent, BPMN errors thrown on tasks
 * and candidates changed by administrators only;</li>
 * <li>comments and attachments come from people who work the task, and only their author changes
 * or deletes them;</li>
 * <li>a task's due and follow-up dates are set and reset by those who work the task ({@link TaskDates}).</li>
 * </ul>
 * Calls without a logged-in user are the application's own (intake, customer links, jobs).
 */
class CommandGuard extends CommandInterceptor {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
    /** Commands that write variables or move a process by other means than its forms. */
    private static final Set<String> ADMIN_ONLY = Set.of("CorrelateMessageCmd", "CorrelateAllMessageCmd",
            "MessageEventReceivedCmd", "SignalEventReceivedCmd", "SignalCmd", "HandleTaskBpmnErrorCmd",
            "HandleTaskEscalationCmd", "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
            "ProcessInstanceModificationBatchCmd", "SetVariablesToProcessInstancesBatchCmd", "CreateTaskCmd");

    private final AttachmentAuthors authors;

    CommandGuard(AttachmentAuthors authors) {
        this.authors = authors;
    }

    @Override
    public <T> T execute(Command<T> command) {
        int depth = DEPTH.get();
        DEPTH.set(depth + 1);
        try {
            boolean datesOnly = depth == 0 && check(command, Context.getCommandContext());
            T result;
            try {
                result = datesOnly ? withoutEngineCheck(command, Context.getCommandContext()) : next.execute(command);
            } catch (ProcessEngineException e) {
                throw depth == 0 && (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)
                        ? refusedInput(e) : e;
            }
            if (depth == 0 && result instanceof Attachment attachment) {
                Authentication user = Context.getCommandContext().getAuthentication();
                if (user != null && user.getUserId() != null) {
                    authors.record(attachment.getId(), user.getUserId());
                }
            }
            return result;
        } finally {
            DEPTH.set(depth);
        }
    }

    /**
     * The engine wraps whatever a task listener throws; a listener's refusal of the form's input
     * (FormFieldValidationException naming the fields) goes to the caller as itself, so it answers 400, not 500.
     */
    private static ProcessEngineException refusedInput(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException refused) {
                return refused;
            }
        }
        return e;
    }

    /** Checks the command; answers true when it is a change of a task's dates by one who works the task (see {@link TaskDates}). */
    private boolean check(Command<?> command, CommandContext context) {
        Authentication user = context.getAuthentication();
        boolean person = user != null && user.getUserId() != null;
        boolean administrator = person && user.getGroupIds() != null
                && user.getGroupIds().contains(ComplaintLifecycle.Groups.ADMINISTRATORS);
        if (command instanceof CompleteTaskCmd) {
            TaskEntity task = task(context, read(command, "taskId"));
            replace(command, "variables", FormFields.ofTask(context, task).admit(task, read(command, "variables")));
        } else if (command instanceof SubmitTaskFormCmd) {
            TaskEntity task = task(context, read(command, "taskId"));
            replace(command, "properties",
                    Variables.fromMap(FormFields.ofTask(context, task).admit(task, read(command, "properties"))));
        } else if (person && !administrator
                && (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd)) {
            throw new AuthorizationException("Complaints are started through intake only (the channel API or the "
                    + "Tasklist start form); starting a process directly is for administrators");
        } else if (command instanceof AssignTaskCmd || command instanceof DelegateTaskCmd) {
            CandidateAssignee.check(context, task(context, read(command, "taskId")), read(command, "userId"));
        } else if (command instanceof SaveTaskCmd) {
            TaskEntity changed = read(command, "task");
            TaskEntity stored = changed.getId() == null ? null : task(context, changed.getId());
            if (stored != null && person && !administrator && TaskDates.onlyDatesDiffer(changed, stored)) {
                TaskDates.mustWork(context, stored);
                // only the dates are written, onto the stored task, whatever else the caller's copy holds
                replace(command, "task", TaskDates.withDatesOf(changed, stored));
                return true;
            }
            if (stored != null && changed.getAssignee() != null && !changed.getAssignee().equals(stored.getAssignee())) {
                CandidateAssignee.check(context, stored, changed.getAssignee());
            }
        } else if (person && command instanceof SubmitStartFormCmd) {
            if (!administrator) {
                // the reference, the business key of a complaint, is always intake's to give
                replace(command, "businessKey", null);
            }
            ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(read(command, "processDefinitionId"));
            replace(command, "variables", Variables.fromMap(
                    FormFields.ofStart(context, definition).admit(null, read(command, "variables"))));
        } else if (person && !administrator) {
            checkOthers(command, context, user);
        }
        return false;
    }

    /**
     * Runs a change of a task's dates, already checked against TASK_WORK, without the engine's own check for
     * saving a task (TASK_ASSIGN or UPDATE, which those who work a task do not have).
     */
    private <T> T withoutEngineCheck(Command<T> command, CommandContext context) {
        if (!context.isAuthorizationCheckEnabled()) {
            return next.execute(command);
        }
        context.disableAuthorizationCheck();
        try {
            return next.execute(command);
        } finally {
            context.enableAuthorizationCheck();
        }
    }

    private void checkOthers(Command<?> command, CommandContext context, Authentication user) {
        if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
                || command instanceof AbstractPatchVariablesCmd) {
            throw new AuthorizationException("Process variables are written by the process and its task forms; "
                    + user.getUserId() + " may not set them directly (administrators only)");
        }
        if (ADMIN_ONLY.contains(command.getClass().getSimpleName())) {
            throw new AuthorizationException(user.getUserId() + " may not " + describe(command)
                    + ": that is for administrators only");
        }
        if ((command instanceof AbstractAddIdentityLinkCmd && !(command instanceof AssignTaskCmd)
                && !IdentityLinkType.ASSIGNEE.equals(read(command, "type"))) || command instanceof DeleteIdentityLinkCmd) {
            throw new AuthorizationException("Who may work a task is set by the model; " + user.getUserId()
                    + " may not change a task's candidates or owner");
        }
        if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd) {
            mustWorkTask(context, user, read(command, "taskId"));
        } else if (command instanceof UpdateCommentCmd || command instanceof DeleteTaskCommentCmd
                || command instanceof DeleteProcessInstanceCommentCmd) {
            String commentId = read(command, "commentId");
            CommentEntity comment = commentId == null ? null
                    : context.getDbEntityManager().selectById(CommentEntity.class, commentId);
            mustBeAuthor(user, comment == null ? null : comment.getUserId(), "comment");
        } else if (command instanceof DeleteAttachmentCmd || command instanceof SaveAttachmentCmd) {
            String attachmentId = command instanceof SaveAttachmentCmd
                    ? ((Attachment) read(command, "attachment")).getId()
                    : read(command, "attachmentId");
            mustBeAuthor(user, attachmentId == null ? null : authors.of(attachmentId), "attachment");
        }
    }

    private static void mustWorkTask(CommandContext context, Authentication user, String taskId) {
        TaskEntity task = task(context, taskId);
        boolean works = task != null && (user.getUserId().equals(task.getAssignee())
                || CandidateAssignee.isCandidate(task, user.getUserId(),
                        user.getGroupIds() == null ? List.of() : user.getGroupIds()));
        if (!works) {
            throw new AuthorizationException(user.getUserId()
                    + " may comment on or attach to a task only as one who works it (its assignee or candidate groups)");
        }
    }

    private static void mustBeAuthor(Authentication user, String author, String what) {
        if (!user.getUserId().equals(author)) {
            throw new AuthorizationException(user.getUserId() + " may change or delete only their own " + what);
        }
    }

    private static TaskEntity task(CommandContext context, String taskId) {
        return taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    }

    private static String describe(Command<?> command) {
        return command.getClass().getSimpleName().replaceAll("Cmd$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    @SuppressWarnings("unchecked")
    private static <V> V read(Object command, String name) {
        try {
            return (V) field(command.getClass(), name).get(command);
        } catch (IllegalAccessException e) {
            throw new ProcessEngineException("Cannot check command " + command.getClass().getSimpleName(), e);
        }
    }

    private static void replace(Object command, String name, Object value) {
        try {
            field(command.getClass(), name).set(command, value);
        } catch (IllegalAccessException e) {
            throw new ProcessEngineException("Cannot check command " + command.getClass().getSimpleName(), e);
        }
    }

    /** The engine's commands keep what they were given in protected fields; a missing field refuses the command. */
    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new ProcessEngineException("Cannot check command " + type.getSimpleName() + ": no field " + name);
    }
}
