package com.bank.complaints.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.system.BusinessTime;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What compliance watches in Cockpit's SLA view: the open breaches (a breach record whose slaBreach
 * incident no supervisor has resolved yet) and the running clocks due within the next 24 hours, each
 * with the complaint's reference, its lifecycle instance, the stage it is in now and its handling group;
 * and the same work counted per stage and per deadline frame of the lifecycle diagram (the heat map).
 * Times are the bank's (yyyy-MM-dd HH:mm). It reads for whoever the caller has let in: the Cockpit
 * plugin checks the reader's groups first.
 */
@Service
public class SlaOverview {

    /** How far ahead "due soon" looks. */
    public static final Duration DUE_SOON = Duration.ofHours(24);
    public static final String NO_STAGE = "(no stage)";
    public static final String NO_GROUP = "(not triaged)";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int IN_LIST = 500;

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final BusinessTime time;
    /** Per deployed lifecycle version: the deadline frame whose boundary timer watches each clock. */
    private final Map<String, Map<SlaClock, FlowElement>> framesByDefinition = new ConcurrentHashMap<>();

    SlaOverview(JdbcTemplate jdbc, RuntimeService runtimeService, RepositoryService repositoryService, BusinessTime time) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.time = time;
    }

    /** Narrows the view; a null or blank part lets everything through. The stage is named by its id or its name. */
    public record Filter(String clock, String stage, String handlingGroup) {

        public static final Filter NONE = new Filter(null, null, null);

        boolean admits(Row row) {
            return matches(clock, row.clock()) && (blank(stage) || stage.equals(row.stageId()) || stage.equals(row.stage()))
                    && matches(handlingGroup, row.handlingGroup());
        }

        private static boolean matches(String wanted, String value) {
            return blank(wanted) || wanted.equals(value);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** What the rows of both lists share: the late or soon-due clock of one complaint and where the complaint is now. */
    public interface Row {
        String reference();

        String clock();

        String stageId();

        String stage();

        String handlingGroup();
    }

    /** An open breach: recorded by the breach timer, its incident not yet resolved. */
    public record Breach(String reference, String clock, String clockLabel, String dueAt, String breachedAt,
            String lateBy, String stageId, String stage, String breachStage, String handlingGroup, String assignee,
            String processInstanceId, String incidentId, String incidentMessage) implements Row {
    }

    /** A running, unpaused clock due within {@link #DUE_SOON}. */
    public record DueSoon(String reference, String clock, String clockLabel, String dueAt, String dueIn, String stageId,
            String stage, String handlingGroup, String processInstanceId) implements Row {
    }

    /** One group of a grouping: its value, what to show for it, how many open breaches and soon-due clocks it holds. */
    public record Count(String key, String label, int breaches, int dueSoon) {
    }

    public record Option(String value, String label) {
    }

    /** The values the view can be narrowed to, whatever the filter in force. */
    public record Options(List<Option> clocks, List<Option> stages, List<Option> handlingGroups) {
    }

    public record View(String zone, String now, String dueSoonUntil, Filter filter, List<Breach> breaches,
            List<DueSoon> dueSoon, Map<String, List<Count>> groups, Options options) {
    }

    /** One stage or deadline frame of the diagram and the complaints late or due soon there. */
    public record Heat(String elementId, String name, String kind, int late, int dueSoon, List<String> lateReferences,
            List<String> dueSoonReferences) {
    }

    public record HeatMap(String processDefinitionKey, String zone, String now, List<Heat> elements) {
    }

    // ---- the view ---------------------------------------------------------------------------------

    public View read(Filter filter) {
        Instant now = time.now();
        Data data = data(now);
        List<Breach> breaches = data.breaches().stream().filter(filter::admits).toList();
        List<DueSoon> dueSoon = data.dueSoon().stream().filter(filter::admits).toList();
        Map<String, List<Count>> groups = new LinkedHashMap<>();
        groups.put("clock", count(breaches, dueSoon, Row::clock, clock -> label(SlaClock.valueOf(clock))));
        groups.put("stage", count(breaches, dueSoon, Row::stage, Function.identity()));
        groups.put("handlingGroup", count(breaches, dueSoon, Row::handlingGroup, Function.identity()));
        List<Row> all = new ArrayList<>(data.breaches());
        all.addAll(data.dueSoon());
        Options options = new Options(
                options(all, Row::clock, clock -> label(SlaClock.valueOf(clock))),
                options(all, Row::stage, Function.identity()),
                options(all, Row::handlingGroup, Function.identity()));
        return new View(time.zone().getId(), format(now), format(now.plus(DUE_SOON)), filter, breaches, dueSoon, groups,
                options);
    }

    /**
     * The heat map of the lifecycle's diagram: per stage, the complaints in it now with an open breach
     * (late) or a clock due soon; per deadline frame, the complaints whose clock watched by the frame's
     * own timer is breached or due soon. Another process's diagram gets no counts.
     */
    public HeatMap heatMap(String processDefinitionIdOrKey) {
        Instant now = time.now();
        String key = definitionKey(processDefinitionIdOrKey);
        if (!ComplaintLifecycle.PROCESS_KEY.equals(key)) {
            return new HeatMap(key, time.zone().getId(), format(now), List.of());
        }
        Data data = data(now);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Breach breach : data.breaches()) {
            Case complaint = data.cases().get(breach.processInstanceId());
            tally(tallies, complaint.stageId(), complaint.stage(), "stage").late.add(breach.reference());
            frame(complaint, breach.clock()).ifPresent(frame ->
                    tally(tallies, frame.getId(), frame.getName(), "frame").late.add(breach.reference()));
        }
        for (DueSoon due : data.dueSoon()) {
            Case complaint = data.cases().get(due.processInstanceId());
            tally(tallies, complaint.stageId(), complaint.stage(), "stage").dueSoon.add(due.reference());
            frame(complaint, due.clock()).ifPresent(frame ->
                    tally(tallies, frame.getId(), frame.getName(), "frame").dueSoon.add(due.reference()));
        }
        tallies.remove(null);
        List<Heat> elements = tallies.values().stream()
                .map(t -> new Heat(t.elementId, t.name, t.kind, t.late.size(), t.dueSoon.size(), List.copyOf(t.late),
                        List.copyOf(t.dueSoon)))
                .sorted(Comparator.comparing(Heat::kind).thenComparing(Heat::elementId))
                .toList();
        return new HeatMap(key, time.zone().getId(), format(now), elements);
    }

    // ---- reading --------------------------------------------------------------------------------------

    private record Data(List<Breach> breaches, List<DueSoon> dueSoon, Map<String, Case> cases) {
    }

    /** A running complaint: its lifecycle instance, where it stands and who handles it. */
    private record Case(String reference, String processInstanceId, String processDefinitionId, String stageId,
            String stage, String handlingGroup) {
    }

    private record BreachRecord(String reference, String clock, Instant dueAt, Instant breachedAt, String stage,
            String assignee) {
    }

    private record RunningClock(String reference, String clock, Instant dueAt) {
    }

    private Data data(Instant now) {
        List<Incident> incidents = runtimeService.createIncidentQuery().incidentType(SlaEvents.INCIDENT_TYPE)
                .orderByIncidentTimestamp().asc().list();
        Map<String, ProcessInstance> lifecycles = new HashMap<>();
        Set<String> incidentProcesses = incidents.stream().map(Incident::getProcessInstanceId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!incidentProcesses.isEmpty()) {
            runtimeService.createProcessInstanceQuery().processInstanceIds(incidentProcesses).list()
                    .forEach(process -> lifecycles.put(process.getId(), process));
        }
        Map<String, BreachRecord> records = breachRecords(lifecycles.values().stream()
                .map(ProcessInstance::getBusinessKey).filter(key -> key != null).collect(Collectors.toSet()));

        List<RunningClock> dueClocks = dueBetween(now, now.plus(DUE_SOON));
        Map<String, ProcessInstance> byReference = new HashMap<>();
        lifecycles.values().forEach(process -> byReference.put(process.getBusinessKey(), process));
        for (String reference : dueClocks.stream().map(RunningClock::reference).collect(Collectors.toSet())) {
            byReference.computeIfAbsent(reference, this::lifecycle);
        }
        byReference.values().stream().filter(process -> process != null)
                .forEach(process -> lifecycles.put(process.getId(), process));
        Map<String, Case> cases = cases(lifecycles.values());

        List<Breach> breaches = new ArrayList<>();
        for (Incident incident : incidents) {
            Case complaint = cases.get(incident.getProcessInstanceId());
            if (complaint == null) {
                continue;
            }
            BreachRecord record = records.get(complaint.reference() + "/" + incident.getConfiguration());
            if (record == null) {
                continue;
            }
            breaches.add(new Breach(complaint.reference(), record.clock(), label(SlaClock.valueOf(record.clock())),
                    format(record.dueAt()), format(record.breachedAt()), span(record.dueAt(), now), complaint.stageId(),
                    complaint.stage(), record.stage(), complaint.handlingGroup(), record.assignee(),
                    complaint.processInstanceId(), incident.getId(), incident.getIncidentMessage()));
        }
        breaches.sort(Comparator.comparing(Breach::dueAt).thenComparing(Breach::reference).thenComparing(Breach::clock));

        List<DueSoon> dueSoon = new ArrayList<>();
        for (RunningClock clock : dueClocks) {
            ProcessInstance process = byReference.get(clock.reference());
            Case complaint = process == null ? null : cases.get(process.getId());
            if (complaint == null) {
                continue; // the clock of a complaint whose lifecycle has ended is no one's work
            }
            dueSoon.add(new DueSoon(clock.reference(), clock.clock(), label(SlaClock.valueOf(clock.clock())),
                    format(clock.dueAt()), span(now, clock.dueAt()), complaint.stageId(), complaint.stage(),
                    complaint.handlingGroup(), complaint.processInstanceId()));
        }
        return new Data(breaches, dueSoon, cases);
    }

    /** The breach records of these complaints, by reference/clock. */
    private Map<String, BreachRecord> breachRecords(Collection<String> references) {
        Map<String, BreachRecord> records = new HashMap<>();
        List<String> all = List.copyOf(references);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String marks = chunk.stream().map(r -> "?").collect(Collectors.joining(", "));
            jdbc.query("SELECT reference, clock, due_at, breached_at, stage, assignee FROM sla_breach WHERE reference IN ("
                    + marks + ")", (ResultSet rs) -> {
                        BreachRecord record = new BreachRecord(rs.getString("reference"), rs.getString("clock"),
                                instant(rs, "due_at"), instant(rs, "breached_at"), rs.getString("stage"),
                                rs.getString("assignee"));
                        records.put(record.reference() + "/" + record.clock(), record);
                    }, chunk.toArray());
        }
        return records;
    }

    /** Running clocks, not paused, due in [from, to]. */
    private List<RunningClock> dueBetween(Instant from, Instant to) {
        return jdbc.query("SELECT k.reference, k.clock, k.due_at FROM sla_clock k WHERE k.stopped_at IS NULL"
                        + " AND k.due_at >= ? AND k.due_at <= ? AND NOT EXISTS (SELECT 1 FROM sla_pause p"
                        + " WHERE p.reference = k.reference AND p.clock = k.clock AND p.resumed_at IS NULL)"
                        + " ORDER BY k.due_at, k.reference, k.clock",
                (rs, row) -> new RunningClock(rs.getString("reference"), rs.getString("clock"), instant(rs, "due_at")),
                utc(from), utc(to));
    }

    private ProcessInstance lifecycle(String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult();
    }

    private Map<String, Case> cases(Collection<ProcessInstance> processes) {
        if (processes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> groups = new HashMap<>();
        String[] ids = processes.stream().map(ProcessInstance::getId).toArray(String[]::new);
        for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(ids)
                .variableName(Variables.HANDLING_GROUP).list()) {
            if (variable.getValue() != null && (variable.getExecutionId().equals(variable.getProcessInstanceId())
                    || !groups.containsKey(variable.getProcessInstanceId()))) {
                groups.put(variable.getProcessInstanceId(), variable.getValue().toString());
            }
        }
        Map<String, Case> cases = new HashMap<>();
        for (ProcessInstance process : processes) {
            Optional<ActivityInstance> stage = stage(runtimeService.getActivityInstance(process.getId()));
            cases.put(process.getId(), new Case(process.getBusinessKey(), process.getId(), process.getProcessDefinitionId(),
                    stage.map(ActivityInstance::getActivityId).orElse(null),
                    stage.map(ActivityInstance::getActivityName).orElse(NO_STAGE),
                    groups.getOrDefault(process.getId(), NO_GROUP)));
        }
        return cases;
    }

    /**
     * The stage the complaint is in now, as drawn on the lifecycle's top level: a collapsed stage
     * (embedded subprocess or the expert panel's call activity), looked for inside the deadline frames
     * first (a later stage than intake, which may still finish beside triage).
     */
    static Optional<ActivityInstance> stage(ActivityInstance scope) {
        if (scope == null) {
            return Optional.empty();
        }
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (child.getActivityId().startsWith(Activities.SCOPE_PREFIX)) {
                Optional<ActivityInstance> inner = stage(child);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (child.getActivityId().startsWith(Activities.STAGE_PREFIX) || "callActivity".equals(child.getActivityType())) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    // ---- heat map --------------------------------------------------------------------------------------

    private static final class Tally {
        final String elementId;
        final String name;
        final String kind;
        final Set<String> late = new LinkedHashSet<>();
        final Set<String> dueSoon = new LinkedHashSet<>();

        Tally(String elementId, String name, String kind) {
            this.elementId = elementId;
            this.name = name;
            this.kind = kind;
        }
    }

    private static Tally tally(Map<String, Tally> tallies, String elementId, String name, String kind) {
        return tallies.computeIfAbsent(elementId, id -> new Tally(id, name, kind));
    }

    /** The deadline frame (Scope_...) whose boundary timer watches the clock, in the complaint's version of the model. */
    private Optional<FlowElement> frame(Case complaint, String clock) {
        Map<SlaClock, FlowElement> frames = framesByDefinition.computeIfAbsent(complaint.processDefinitionId(), id -> {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(id);
            Map<SlaClock, FlowElement> found = new HashMap<>();
            for (SlaClock each : SlaClock.values()) {
                if (model.getModelElementById(each.breachTimer()) instanceof BoundaryEvent timer
                        && timer.getAttachedTo() != null
                        && timer.getAttachedTo().getId().startsWith(Activities.SCOPE_PREFIX)) {
                    found.put(each, timer.getAttachedTo());
                }
            }
            return found;
        });
        return Optional.ofNullable(frames.get(SlaClock.valueOf(clock)));
    }

    private String definitionKey(String processDefinitionIdOrKey) {
        if (processDefinitionIdOrKey == null || processDefinitionIdOrKey.isBlank()) {
            return ComplaintLifecycle.PROCESS_KEY;
        }
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(processDefinitionIdOrKey).singleResult();
        return definition == null ? processDefinitionIdOrKey : definition.getKey();
    }

    // ---- grouping and formatting ---------------------------------------------------------------------------

    private static List<Count> count(List<Breach> breaches, List<DueSoon> dueSoon, Function<Row, String> key,
            Function<String, String> label) {
        Map<String, int[]> counts = new TreeMap<>();
        breaches.forEach(row -> counts.computeIfAbsent(key.apply(row), k -> new int[2])[0]++);
        dueSoon.forEach(row -> counts.computeIfAbsent(key.apply(row), k -> new int[2])[1]++);
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), label.apply(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt((Count c) -> -c.breaches()).thenComparingInt(c -> -c.dueSoon())
                        .thenComparing(Count::key))
                .toList();
    }

    private static List<Option> options(List<Row> rows, Function<Row, String> value, Function<String, String> label) {
        return rows.stream().map(value).distinct().sorted().map(v -> new Option(v, label.apply(v))).toList();
    }

    /** "First response", "Regulatory close", ... */
    public static String label(SlaClock clock) {
        String words = clock.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** How long from one instant to the next, in days, hours and minutes ("1 d 2 h", "3 h 20 min", "5 min"). */
    static String span(Instant from, Instant to) {
        long minutes = Math.max(0, Duration.between(from, to).toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        return hours > 0 ? hours + " h " + rest + " min" : rest + " min";
    }

    private String format(Instant instant) {
        return WHEN.format(instant.atZone(time.zone()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
