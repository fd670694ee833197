package com.bank.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks one complaint through its lifecycle in tests as its people would: tasks claimed and
 * completed by a named demo user (so four-eyes rules apply), asynchronous steps and timers run on demand.
 */
public class CaseDriver {

    private static final int MAX_JOB_ROUNDS = 20;

    private final Desk desk;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    public CaseDriver(Desk desk, TaskService taskService, IdentityService identityService,
            ManagementService managementService, RuntimeService runtimeService) {
        this.desk = desk;
        this.taskService = taskService;
        this.identityService = identityService;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    /** Submits the complaint through the API and runs its asynchronous steps: it is triaged when this returns. */
    public String submit(Map<String, Object> fields) {
        String reference = desk.accepted(fields);
        runJobs(reference);
        return reference;
    }

    /** Runs every due job of the complaint (and of its escalation) until none is left, as the job executor would. */
    public void runJobs(String reference) {
        runDueJobs(reference, job -> managementService.executeJob(job.getId()));
    }

    /** Fires the timer waiting at the given timer event now, whatever its due date, then runs what follows. */
    public void fireTimer(String reference, String timerId) {
        managementService.executeJob(timer(reference, timerId).getId());
        runJobs(reference);
    }

    /** When the timer waiting at the given timer event fires. */
    public Instant timerDue(String reference, String timerId) {
        return timer(reference, timerId).getDuedate().toInstant();
    }

    /** How long from now the timer waiting at the given timer event fires. */
    public Duration timerDueIn(String reference, String timerId) {
        return Duration.between(ClockUtil.getCurrentTime().toInstant(), timer(reference, timerId).getDuedate().toInstant());
    }

    /** How long from now the open task of the given activity is due. */
    public Duration taskDueIn(String reference, String activityId) {
        return Duration.between(ClockUtil.getCurrentTime().toInstant(), task(reference, activityId).getDueDate().toInstant());
    }

    public Task task(String reference, String activityId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(activityId)
                .singleResult();
    }

    /** Takes the task as {@code user}, logged in as that user, as Tasklist's Claim does. */
    public void claim(String reference, String activityId, String user) {
        Task task = task(reference, activityId);
        as(user, () -> taskService.claim(task.getId(), user));
    }

    /** Claims the task as {@code user} and completes it with the given variables, logged in as that user. */
    public void complete(String reference, String activityId, String user, Map<String, Object> variables) {
        completeOnly(reference, activityId, user, variables);
        runJobs(reference);
    }

    /** As {@link #complete}, but leaves the jobs that follow to the caller. */
    public void completeOnly(String reference, String activityId, String user, Map<String, Object> variables) {
        Task task = task(reference, activityId);
        if (task == null) {
            throw new AssertionError(reference + " has no open task " + activityId + "; open: " + openTasks(reference));
        }
        as(user, () -> {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        });
    }

    /**
     * Runs the due jobs as the job executor would while some of them fail (a mail server down): a failed
     * job keeps its remaining retries for later, the others go on.
     */
    public void runJobsDespiteFailures(String reference) {
        runDueJobs(reference, job -> {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException failed) {
                // the job keeps its exception and its remaining retries, as after a failed attempt
            }
        });
    }

    private void runDueJobs(String reference, Consumer<Job> run) {
        for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
            Date now = ClockUtil.getCurrentTime();
            List<Job> jobs = jobs(reference).stream()
                    .filter(job -> job.getRetries() > 0 && (job.getDuedate() == null || !job.getDuedate().after(now)))
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(run);
        }
        throw new AssertionError("jobs of " + reference + " keep coming back");
    }

    /** Runs the action logged in as {@code user} with the user's groups, as Tasklist would. */
    public void as(String user, Runnable action) {
        call(user, () -> {
            action.run();
            return null;
        });
    }

    /** Answers the question logged in as {@code user} with the user's groups, as Tasklist would. */
    public <T> T call(String user, Supplier<T> question) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(group -> group.getId()).toList();
        identityService.setAuthentication(user, groups);
        try {
            return question.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The handler checks contract, ledger and recordings (no evidence needed) and records the finding. */
    public void investigate(String reference, String handler, String finding, String findingSummary) {
        complete(reference, ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT, handler, Map.of(
                Variables.INVESTIGATION_NOTES, "Contract, ledger and call recording checked.",
                Variables.EVIDENCE_NEEDED, false));
        complete(reference, ComplaintLifecycle.Activities.RECORD_FINDING, handler,
                Map.of(Variables.FINDING, finding, Variables.FINDING_SUMMARY, findingSummary));
    }

    /** The demo handler investigates: the second installment fee was charged by a system fault. */
    public void investigate(String reference, String finding) {
        investigate(reference, "handler", finding, "The second installment fee was charged by a system fault.");
    }

    /** The new schedule an installment change states in its details (issue 17.4). */
    public static final String NEW_SCHEDULE = "18 periods, fee 0.45% per period, 350.00 CNY per period, first due 2027-01-15";

    /** The handler proposes a remedy (amount may be null); an installment change states its new schedule. */
    public void propose(String reference, String handler, String remedy, Number amount) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put(Variables.REMEDY_TYPE, remedy);
        proposal.put(Variables.REMEDY_AMOUNT, amount);
        proposal.put(Variables.REMEDY_DETAILS, "As agreed with the customer by phone."
                + ("INSTALLMENT_CHANGE".equals(remedy) ? " New schedule: " + NEW_SCHEDULE + "." : ""));
        complete(reference, ComplaintLifecycle.Activities.PROPOSE_REMEDY, handler, proposal);
    }

    /**
     * R-RES-4: the expert panel gives its opinions (legal, compliance, business), meets the customer,
     * and a supervisor issues the final solution (amount may be null).
     */
    public void expertPanelDecides(String reference, String remedy, Number amount, String finalSolution) {
        complete(reference, ComplaintLifecycle.Activities.LEGAL_REVIEW, "legal",
                Map.of("legalOpinion", "The marketing text was ambiguous."));
        complete(reference, ComplaintLifecycle.Activities.COMPLIANCE_REVIEW, "riskexpert",
                Map.of("complianceOpinion", "No rule was broken."));
        complete(reference, ComplaintLifecycle.Activities.BUSINESS_REVIEW, "business",
                Map.of("businessOpinion", "Goodwill is justified."));
        complete(reference, ComplaintLifecycle.Activities.RECORD_CUSTOMER_MEETING, "business",
                Map.of("meetingMode", "VIDEO", "meetingNotes", "Customer heard the panel's view."));
        Map<String, Object> decision = new HashMap<>();
        decision.put(Variables.REMEDY_TYPE, remedy);
        decision.put(Variables.REMEDY_AMOUNT, amount);
        decision.put(Variables.REMEDY_DETAILS, "Final offer of the panel.");
        decision.put(Variables.FINAL_SOLUTION, finalSolution);
        complete(reference, ComplaintLifecycle.Activities.ISSUE_FINAL_SOLUTION, "supervisor", decision);
    }

    /** A second person reviews the executed remedy (R-EXEC-2). */
    public void dualReview(String reference, String reviewer, boolean passed) {
        complete(reference, ComplaintLifecycle.Activities.DUAL_REVIEW, reviewer, Map.of(Variables.REVIEW_PASSED, passed,
                Variables.REVIEW_NOTES, passed ? "Amount and notice checked." : "The notice shows the wrong amount."));
    }

    /** The handler calls the customer back, who confirms the problem is solved (R-FB-3). */
    public void callBack(String reference) {
        complete(reference, ComplaintLifecycle.Activities.CALLBACK_CUSTOMER, "handler", Map.of(
                Variables.PROBLEM_SOLVED, true, Variables.CALLBACK_NOTES, "Customer confirms it is solved."));
    }

    /** The handler records the root cause (R-AN-1), after which the case is archived and closed. */
    public void recordRootCause(String reference, String process, String staff, String system) {
        complete(reference, ComplaintLifecycle.Activities.RECORD_ROOT_CAUSE, "handler", Map.of(
                Variables.CAUSE_PROCESS, process, Variables.CAUSE_STAFF, staff, Variables.CAUSE_SYSTEM, system,
                Variables.CAUSE_SUMMARY, "The fee rule was unclear and the billing system charged it twice."));
    }

    /** The customer is called back and the usual root cause is recorded: the case closes. */
    public void callBackAndClose(String reference) {
        callBack(reference);
        recordRootCause(reference, "FEE_RULES_UNCLEAR", "NONE", "CALCULATION_ERROR");
    }

    public List<String> openTasks(String reference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    public ProcessInstance process(String reference) {
        return desk.process(reference);
    }

    public Object variable(String reference, String name) {
        return runtimeService.getVariable(process(reference).getId(), name);
    }

    private List<Job> jobs(String reference) {
        List<String> processes = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                .stream().map(ProcessInstance::getId).toList();
        return processes.stream()
                .flatMap(id -> managementService.createJobQuery().processInstanceId(id).list().stream())
                .toList();
    }

    private Job timer(String reference, String timerId) {
        return jobs(reference).stream().filter(job -> timerId.equals(activityOf(job))).findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + timerId + " waits for " + reference));
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }
}
