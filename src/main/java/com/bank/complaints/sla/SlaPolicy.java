package com.bank.complaints.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the analysts' SLA policy table (processes/sla-policy.dmn) and applies a row over the calendar.
 * A row depends only on the clock, severity and complexity, so each combination is evaluated once per
 * deployed version of the table; a newly deployed version is read from the next transaction on. The row that
 * applied is kept on every clock (policy_row), so the audit does not need a decision instance per clock.
 */
@Component
public class SlaPolicy {

    static final String DECISION = "sla-policy";

    private final DecisionService decisions;
    private final CommandExecutor commands;
    private final WorkingCalendar calendar;
    private volatile Table table = new Table("", new ConcurrentHashMap<>());

    SlaPolicy(DecisionService decisions, ProcessEngineConfigurationImpl engine, WorkingCalendar calendar) {
        this.decisions = decisions;
        this.commands = engine.getCommandExecutorTxRequired();
        this.calendar = calendar;
    }

    /** The policy row for a clock; severity and complexity may be unknown yet (before triage). */
    public Rule rule(SlaClock clock, String severity, String complexity) {
        Table current = currentTable();
        Inputs key = new Inputs(clock, severity, complexity);
        Rule known = current.rows().get(key);
        if (known != null) {
            return known;
        }
        Rule evaluated = evaluate(current.definitionId(), key);
        current.rows().putIfAbsent(key, evaluated);
        return evaluated;
    }

    /** The latest version, looked up once per transaction: one intake's or one job's clocks share a version. */
    private Table currentTable() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return latestTable();
        }
        Table known = (Table) TransactionSynchronizationManager.getResource(this);
        if (known != null) {
            return known;
        }
        Table latest = latestTable();
        TransactionSynchronizationManager.bindResource(this, latest);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SlaPolicy.this);
            }
        });
        return latest;
    }

    private Table latestTable() {
        // the deployment cache answers from memory once a version is loaded; the query behind it is one
        // indexed row, so a version deployed by an analyst on any node is seen by the next transaction
        String latest = commands.execute(context -> context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedLatestDecisionDefinitionByKey(DECISION).getId());
        Table current = table;
        if (!Objects.equals(current.definitionId(), latest)) {
            current = new Table(latest, new ConcurrentHashMap<>());
            table = current;
        }
        return current;
    }

    private Rule evaluate(String definitionId, Inputs key) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("clock", key.clock().name());
        inputs.put("severity", key.severity());
        inputs.put("complexity", key.complexity());
        Map<String, Object> row = decisions.evaluateDecisionTableById(definitionId, inputs).getSingleResult().getEntryMap();
        return new Rule(((Number) row.get("amount")).intValue(), Unit.valueOf((String) row.get("unit")),
                ((Number) row.get("warningShare")).doubleValue(), (String) row.get("policyRow"));
    }

    /** When a clock started at {@code start} under this row falls due. */
    public Instant due(Instant start, Rule rule) {
        return switch (rule.unit()) {
            case MINUTES -> start.plus(Duration.ofMinutes(rule.amount()));
            case HOURS -> start.plus(Duration.ofHours(rule.amount()));
            case DAYS -> start.plus(Duration.ofDays(rule.amount()));
            case WORKING_DAYS -> calendar.plusWorkingTime(start, calendar.workingDay().multipliedBy(rule.amount()));
        };
    }

    /** When to warn: once the row's share of the time from start to due has passed. */
    public Instant warningAt(Instant start, Instant due, Rule rule) {
        long millis = Duration.between(start, due).toMillis();
        return start.plusMillis(Math.round(millis * rule.warningShare()));
    }

    public enum Unit {
        MINUTES, HOURS, DAYS, WORKING_DAYS
    }

    private record Inputs(SlaClock clock, String severity, String complexity) {
    }

    private record Table(String definitionId, ConcurrentMap<Inputs, Rule> rows) {
    }

    /** One row of the policy table. */
    public record Rule(int amount, Unit unit, double warningShare, String policyRow) {
    }
}
