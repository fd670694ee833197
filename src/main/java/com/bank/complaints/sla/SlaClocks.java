package com.bank.complaints.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.bank.complaints.lifecycle.AsSystem;
import com.bank.complaints.system.BusinessTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs the SLA clocks of complaints: starts each on first use under the policy row in force, stops
 * it when its promise is kept, pauses the reply clock while the case waits for the customer, moves it
 * after triage or an approved extension, and keeps the model's timers and the tasks' due dates in step.
 */
@Service
public class SlaClocks {

    static final String REASSESSED = "REASSESSED";
    static final String EXTENDED = "EXTENDED";
    static final String FEE_WAIVER = "FEE_WAIVER";
    static final String CONSULTATION = "CONSULTATION";
    private static final Duration PARKED = Duration.ofDays(3650);

    private final ClockRepository repository;
    private final SlaPolicy policy;
    private final WorkingCalendar calendar;
    private final BusinessTime time;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final Duration extension;
    private final boolean pauseRegulatoryClock;

    SlaClocks(ClockRepository repository, SlaPolicy policy, WorkingCalendar calendar,
            BusinessTime time, RuntimeService runtimeService, ManagementService managementService,
            TaskService taskService, @Value("${complaints.sla.extension:P30D}") Duration extension,
            @Value("${complaints.sla.pause-regulatory-clock:false}") boolean pauseRegulatoryClock) {
        this.repository = repository;
        this.policy = policy;
        this.calendar = calendar;
        this.time = time;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
        this.extension = extension;
        this.pauseRegulatoryClock = pauseRegulatoryClock;
    }

    /** The complaint and what is known of it when a clock is asked for. */
    public record Scope(String reference, String severity, String complexity, String remedyType) {

        public Scope(String reference, String severity, String complexity) {
            this(reference, severity, complexity, null);
        }
    }

    /** The clock, started now (or at receipt, for the receipt clocks) under the policy row if it was not running yet. */
    public ClockRecord clock(Scope scope, SlaClock clock) {
        return repository.find(scope.reference(), clock).orElseGet(() -> AsSystem.call(() -> start(scope, clock)));
    }

    public List<ClockRecord> clocks(String reference) {
        return repository.all(reference);
    }

    public Optional<ClockRecord> find(String reference, SlaClock clock) {
        return repository.find(reference, clock);
    }

    /**
     * R-INTAKE-4: starts the clocks of the promises made at receipt (first answer, reply, closure),
     * under the policy rows for a complaint not yet classified.
     */
    public IntakeDeadlines startReceiptClocks(String reference, Instant receivedAt) {
        Scope unclassified = new Scope(reference, null, null);
        return new IntakeDeadlines(
                start(unclassified, SlaClock.FIRST_RESPONSE, receivedAt).dueAt(),
                start(unclassified, SlaClock.REPLY, receivedAt).dueAt(),
                start(unclassified, SlaClock.REGULATORY_CLOSE, receivedAt).dueAt());
    }

    private ClockRecord start(Scope scope, SlaClock clock) {
        Instant start = clock.fromReceipt() ? receivedAt(scope.reference()) : time.now();
        return start(scope, clock, start);
    }

    /** Receipt started the first-response clock, so its start is the moment of receipt. */
    private Instant receivedAt(String reference) {
        return repository.find(reference, SlaClock.FIRST_RESPONSE).map(ClockRecord::startedAt)
                .orElseThrow(() -> new IllegalStateException("Complaint " + reference + " has no receipt clocks"));
    }

    private ClockRecord start(Scope scope, SlaClock clock, Instant start) {
        ClockRecord record = compute(scope, clock, start);
        repository.insert(record);
        return record;
    }

    /**
     * The clock as it would start now, not stored: for a complaint started from the Tasklist form,
     * whose timers are scheduled a moment before intake registers it (and its clocks) in the same transaction.
     */
    public ClockRecord provisional(Scope scope, SlaClock clock) {
        return AsSystem.call(() -> compute(scope, clock, time.now()));
    }

    private ClockRecord compute(Scope scope, SlaClock clock, Instant start) {
        if (clock == SlaClock.FEE_WAIVER_EXECUTION && !FEE_WAIVER.equals(scope.remedyType())) {
            // the execution stage watches this clock whatever the remedy; only a fee waiver has it
            return new ClockRecord(scope.reference(), clock, start, start, start,
                    "not applicable: the remedy is " + scope.remedyType(), calendar.describe(start.atZone(time.zone()).toLocalDate()),
                    start);
        }
        SlaPolicy.Rule rule = policy.rule(clock, scope.severity(), scope.complexity());
        Instant due = policy.due(start, rule);
        return new ClockRecord(scope.reference(), clock, start, due, policy.warningAt(start, due, rule),
                rule.policyRow(), calendar.describe(start.atZone(time.zone()).toLocalDate()), null);
    }

    /** After triage (or its correction): the receipt clocks follow the policy row of the complaint's severity and complexity. */
    public void reassess(Scope scope, String by) {
        AsSystem.run(() -> reassessNow(scope, by));
    }

    private void reassessNow(Scope scope, String by) {
        if (CONSULTATION.equals(scope.severity())) {
            repository.find(scope.reference(), SlaClock.HANDLING_DIRECTION).filter(ClockRecord::running)
                    .ifPresent(direction -> repository.notApplicable(scope.reference(), SlaClock.HANDLING_DIRECTION,
                            "not applicable: a consultation has no handling direction (R-TRIAGE-4)"));
        }
        for (SlaClock clock : List.of(SlaClock.FIRST_RESPONSE, SlaClock.REPLY, SlaClock.REGULATORY_CLOSE)) {
            Optional<ClockRecord> running = repository.find(scope.reference(), clock).filter(ClockRecord::running);
            if (running.isEmpty()) {
                continue;
            }
            ClockRecord current = running.get();
            SlaPolicy.Rule rule = policy.rule(clock, scope.severity(), scope.complexity());
            Instant due = policy.due(current.startedAt(), rule);
            if (!due.equals(current.dueAt()) && repository.countDueChanges(scope.reference(), clock, EXTENDED) == 0) {
                move(current, due, rule.policyRow());
                repository.recordDueChange(scope.reference(), clock, REASSESSED, current.dueAt(), due,
                        "classified " + scope.severity() + " / " + scope.complexity() + ": " + rule.policyRow(), by, time.now());
            }
        }
    }

    /** The promise of this clock is kept: its warning and breach will find it stopped. */
    public void stop(String reference, SlaClock clock) {
        repository.stop(reference, clock, time.now());
    }

    /** The case waits for someone outside the bank: the reply clock (and, if policy says so, the regulatory one) stops counting. */
    public void pause(String reference) {
        AsSystem.run(() -> pauseNow(reference));
    }

    private void pauseNow(String reference) {
        for (SlaClock clock : pausable()) {
            repository.find(reference, clock).filter(ClockRecord::running).ifPresent(running -> {
                repository.pause(reference, clock, time.now());
                // parked far out while paused; resuming sets them to the shifted deadline
                Date parked = Date.from(running.dueAt().plus(PARKED));
                timers(reference, clock).forEach(job -> managementService.setJobDuedate(job.getId(), parked));
            });
        }
    }

    /** The wait is over: the due dates move by exactly the working time the clock was paused. */
    public void resume(String reference) {
        AsSystem.run(() -> resumeNow(reference));
    }

    private void resumeNow(String reference) {
        for (SlaClock clock : pausable()) {
            Optional<Instant> pausedAt = repository.openPause(reference, clock);
            if (pausedAt.isEmpty()) {
                continue;
            }
            Duration paused = calendar.workingTimeBetween(pausedAt.get(), time.now());
            repository.resume(reference, clock, time.now(), paused);
            ClockRecord current = repository.find(reference, clock).orElseThrow();
            move(current, paused.isZero() ? current.dueAt() : calendar.plusWorkingTime(current.dueAt(), paused),
                    current.policyRow());
        }
    }

    /**
     * Moves the regulatory deadline once, by the configured extension (R-INTAKE-4: one 30-day
     * extension approved by senior management). Returns the new due date.
     */
    public Instant extendRegulatoryDeadline(String reference, String reason, String approvedBy) {
        ClockRecord current = repository.find(reference, SlaClock.REGULATORY_CLOSE)
                .orElseThrow(() -> new IllegalStateException("No regulatory clock runs for " + reference));
        if (repository.countDueChanges(reference, SlaClock.REGULATORY_CLOSE, EXTENDED) > 0) {
            return current.dueAt();
        }
        Instant due = current.dueAt().plus(extension);
        AsSystem.run(() -> move(current, due, current.policyRow()));
        repository.recordDueChange(reference, SlaClock.REGULATORY_CLOSE, EXTENDED, current.dueAt(), due, reason,
                approvedBy, time.now());
        return due;
    }

    /** Whether an extension may still be asked for: the regulatory clock runs, is not yet due and was never extended. */
    public boolean extensionPossible(String reference) {
        return repository.find(reference, SlaClock.REGULATORY_CLOSE)
                .filter(ClockRecord::running)
                .filter(clock -> clock.dueAt().isAfter(time.now()))
                .isPresent()
                && repository.countDueChanges(reference, SlaClock.REGULATORY_CLOSE, EXTENDED) == 0;
    }

    private void move(ClockRecord current, Instant due, String policyRow) {
        Instant warning = current.warningAt().plus(Duration.between(current.dueAt(), due));
        repository.reschedule(current.reference(), current.clock(), due, warning, policyRow);
        for (Job job : timers(current.reference(), current.clock())) {
            String activity = activityOf(job);
            managementService.setJobDuedate(job.getId(),
                    Date.from(activity.equals(current.clock().breachTimer()) ? due : warning));
        }
        Date oldDue = Date.from(current.dueAt());
        for (ProcessInstance process : processes(current.reference())) {
            taskService.createTaskQuery().processInstanceId(process.getId()).dueDate(oldDue).list()
                    .forEach(task -> {
                        task.setDueDate(Date.from(due));
                        taskService.saveTask(task);
                    });
        }
    }

    private List<SlaClock> pausable() {
        return pauseRegulatoryClock ? List.of(SlaClock.REPLY, SlaClock.REGULATORY_CLOSE) : List.of(SlaClock.REPLY);
    }

    private List<Job> timers(String reference, SlaClock clock) {
        return processes(reference).stream()
                .flatMap(process -> managementService.createJobQuery().processInstanceId(process.getId()).timers().list().stream())
                .filter(job -> {
                    String activity = activityOf(job);
                    return clock.breachTimer().equals(activity) || clock.warningTimer().equals(activity);
                })
                .toList();
    }

    private List<ProcessInstance> processes(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list();
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }
}
