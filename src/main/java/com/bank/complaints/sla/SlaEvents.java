package com.bank.complaints.sla;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.bank.complaints.lifecycle.AsSystem;
import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.Stages;
import com.bank.complaints.system.BusinessTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandling;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens when an SLA timer fires. A warning tells the people who own the late work; a breach
 * tells the supervisors (and, for the regulatory deadline, the compliance officers), both as a
 * published {@link ClockAlert}; a breach also writes the
 * breach record that outlives the process, and raises an incident of type slaBreach on the late
 * scope so it shows in Cockpit. A clock that was stopped in time or is paused does nothing.
 */
@Service
public class SlaEvents {

    public static final String INCIDENT_TYPE = "slaBreach";
    private static final Logger LOG = LoggerFactory.getLogger(SlaEvents.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV");

    private final SlaClocks clocks;
    private final ClockRepository repository;
    private final ApplicationEventPublisher alerts;
    private final RuntimeService runtimeService;
    private final JdbcTemplate jdbc;
    private final String ownersQuery;
    private final BusinessTime time;
    private final TransactionTemplate ownTransaction;

    SlaEvents(SlaClocks clocks, ClockRepository repository, ApplicationEventPublisher alerts, RuntimeService runtimeService,
            JdbcTemplate jdbc, @Value("${camunda.bpm.database.table-prefix:}") String engineTablePrefix, BusinessTime time,
            PlatformTransactionManager transactions) {
        this.clocks = clocks;
        this.repository = repository;
        this.alerts = alerts;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
        this.ownersQuery = "SELECT t.ASSIGNEE_, l.GROUP_ID_ FROM " + engineTablePrefix + "ACT_RU_TASK t JOIN "
                + engineTablePrefix + "ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_ LEFT JOIN " + engineTablePrefix
                + "ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND t.ASSIGNEE_ IS NULL AND l.TYPE_ = '"
                + IdentityLinkType.CANDIDATE + "' AND l.GROUP_ID_ IS NOT NULL WHERE p.BUSINESS_KEY_ = ?";
        this.time = time;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The late work of a clock: the complaint, and the task a stage clock watches (null for the receipt clocks). */
    public record Late(String reference, String processInstanceId, SlaClock clock, String lateActivity) {

        /**
         * The warning or breach step's extension properties name the clock and, for a stage clock, the late task
         * ({@link SlaStepProperties}). Steps of process versions deployed before carry them as input parameters.
         */
        public static Late of(DelegateExecution step) {
            Map<String, String> properties = SlaStepProperties.of((ExecutionEntity) step);
            boolean named = properties.containsKey(Variables.CLOCK);
            Object clock = named ? properties.get(Variables.CLOCK) : step.getVariableLocal(Variables.CLOCK);
            Object lateActivity = named ? properties.get(Variables.LATE_ACTIVITY) : step.getVariableLocal(Variables.LATE_ACTIVITY);
            return new Late(CaseData.of(step).reference(), step.getProcessInstanceId(), SlaClock.valueOf(clock.toString()),
                    lateActivity == null ? null : lateActivity.toString());
        }
    }

    public void warn(Late late) {
        Optional<ClockRecord> clock = due(late);
        if (clock.isEmpty()) {
            return;
        }
        Owners owners = owners(late);
        alerts.publishEvent(new ClockAlert(late.reference(), "SLA_WARNING_" + late.clock(), owners.users(), owners.groups(),
                "SLA warning: " + late.reference() + " " + human(late.clock()) + " is due " + format(clock.get().dueAt()),
                lines(late, clock.get(), owners)));
    }

    public void breach(Late late, DelegateExecution step) {
        Optional<ClockRecord> clock = due(late);
        if (clock.isEmpty()) {
            return;
        }
        Owners owners = owners(late);
        ActivityInstance lateTree = AsSystem.call(() -> runtimeService.getActivityInstance(late.processInstanceId()));
        String stage = Stages.current(lateTree).map(ActivityInstance::getActivityName).orElse(null);
        // the breach is a fact whatever happens next: recorded in its own transaction, so a mail that
        // cannot go out (the job fails and is retried) never takes the record with it
        ownTransaction.executeWithoutResult(tx -> repository.recordBreach(late.reference(), late.clock(),
                clock.get().dueAt(), time.now(), stage, String.join(", ", owners.users())));
        String message = "SLA breached: " + late.reference() + " " + human(late.clock()) + " was due "
                + format(clock.get().dueAt()) + (stage == null ? "" : ", stage " + stage)
                + (owners.users().isEmpty() ? "" : ", with " + String.join(", ", owners.users()));
        ExecutionEntity lifecycle = lifecycle((ExecutionEntity) step);
        if (AsSystem.call(() -> runtimeService.createIncidentQuery().processInstanceId(lifecycle.getId())
                .incidentType(INCIDENT_TYPE).configuration(late.clock().name()).count()) == 0) {
            IncidentContext onTheCase = new IncidentContext();
            onTheCase.setExecutionId(frameExecution(lifecycle.getId().equals(late.processInstanceId()) ? lateTree
                    : AsSystem.call(() -> runtimeService.getActivityInstance(lifecycle.getId())), lifecycle));
            onTheCase.setProcessDefinitionId(lifecycle.getProcessDefinitionId());
            onTheCase.setTenantId(lifecycle.getTenantId());
            // shown on the regulatory frame of the outline, which the case stays in until it is archived
            onTheCase.setActivityId(Activities.REGULATORY_DEADLINE);
            onTheCase.setConfiguration(late.clock().name());
            IncidentHandling.createIncident(INCIDENT_TYPE, onTheCase, message);
        }
        List<String> groups = new ArrayList<>(List.of(Groups.SUPERVISORS));
        if (late.clock() == SlaClock.REGULATORY_CLOSE) {
            groups.add(Groups.COMPLIANCE_OFFICERS);
        }
        alerts.publishEvent(new ClockAlert(late.reference(), "SLA_BREACH_" + late.clock(), List.of(), groups,
                "SLA breach: " + late.reference() + " " + human(late.clock()) + " was due " + format(clock.get().dueAt()),
                lines(late, clock.get(), owners)));
        LOG.warn("{} {}", late.reference(), message);
    }

    /** The running, unpaused clock, if its warning or breach still matters. */
    private Optional<ClockRecord> due(Late late) {
        return clocks.find(late.reference(), late.clock())
                .filter(ClockRecord::running)
                .filter(clock -> repository.openPause(late.reference(), late.clock()).isEmpty());
    }

    /**
     * The incident hangs on the complaint's lifecycle (for a panel clock, the lifecycle that called the
     * panel), on its regulatory frame, not on the late work: it stays in Cockpit after that work is
     * done, until a supervisor resolves it (POST .../breaches/{clock}/resolution) or the case is archived.
     */
    private static ExecutionEntity lifecycle(ExecutionEntity step) {
        ExecutionEntity root = step.getProcessInstance();
        while (root.getSuperExecution() != null) {
            root = root.getSuperExecution().getProcessInstance();
        }
        return root;
    }

    /**
     * The execution of the case's regulatory frame in the lifecycle's activity tree, so Cockpit counts the incident
     * on the frame's activity instance.
     */
    private static String frameExecution(ActivityInstance root, ExecutionEntity lifecycle) {
        return Arrays.stream(root.getChildActivityInstances())
                .filter(child -> Activities.REGULATORY_DEADLINE.equals(child.getActivityId()))
                .map(child -> child.getExecutionIds()[0]).findFirst().orElse(lifecycle.getId());
    }

    /** A supervisor has dealt with the breach: its incident is resolved, with who and why as its annotation. */
    public boolean resolve(String reference, SlaClock clock, String supervisor, String note) {
        List<Incident> open = AsSystem.call(() -> runtimeService.createIncidentQuery().incidentType(INCIDENT_TYPE)
                .configuration(clock.name()).list().stream()
                .filter(incident -> reference.equals(businessKey(incident.getProcessInstanceId()))).toList());
        open.forEach(incident -> AsSystem.run(() -> {
            runtimeService.setAnnotationForIncidentById(incident.getId(), "Resolved by " + supervisor + ": " + note);
            runtimeService.resolveIncident(incident.getId());
        }));
        return !open.isEmpty();
    }

    private String businessKey(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey();
    }

    /**
     * Who has the late work: the assignees of the case's open tasks (of the late task's kind, for a stage clock),
     * and for a task nobody has claimed, its candidate groups. Read with one query of the engine's tables: in a
     * storm of timers the engine's task and identity-link queries, one per task, were an eighth of a step's CPU.
     */
    private Owners owners(Late late) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        String sql = ownersQuery + (late.lateActivity() == null ? "" : " AND t.TASK_DEF_KEY_ = ?") + " ORDER BY t.ID_, l.GROUP_ID_";
        Object[] args = late.lateActivity() == null ? new Object[] {late.reference()}
                : new Object[] {late.reference(), late.lateActivity()};
        jdbc.query(sql, rs -> {
            String assignee = rs.getString("ASSIGNEE_");
            String group = rs.getString("GROUP_ID_");
            if (assignee != null) {
                users.add(assignee);
            } else if (group != null) {
                groups.add(group);
            }
        }, args);
        if (users.isEmpty() && groups.isEmpty()) {
            // an automatic step (a posting, a notice) is late: the supervisors own it
            groups.add(Groups.SUPERVISORS);
        }
        return new Owners(List.copyOf(users), List.copyOf(groups));
    }

    private Map<String, String> lines(Late late, ClockRecord clock, Owners owners) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Complaint", late.reference());
        lines.put("Clock", human(late.clock()));
        lines.put("Started", format(clock.startedAt()));
        lines.put("Due", format(clock.dueAt()));
        lines.put("Policy", clock.policyRow());
        lines.put("With", owners.users().isEmpty() ? "group " + String.join(", ", owners.groups()) : String.join(", ", owners.users()));
        return lines;
    }

    private String format(Instant instant) {
        return WHEN.format(instant.atZone(time.zone()));
    }

    private static String human(SlaClock clock) {
        return clock.name().toLowerCase().replace('_', ' ');
    }

    private record Owners(List<String> users, List<String> groups) {
    }
}
