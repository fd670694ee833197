package com.bank.complaints.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Reads the analysts' SLA policy table (processes/sla-policy.dmn) and applies a row over the calendar. */
@Component
public class SlaPolicy {

    static final String DECISION = "sla-policy";

    private final DecisionService decisions;
    private final WorkingCalendar calendar;

    SlaPolicy(DecisionService decisions, WorkingCalendar calendar) {
        this.decisions = decisions;
        this.calendar = calendar;
    }

    /** The policy row for a clock; severity and complexity may be unknown yet (before triage). */
    public Rule rule(SlaClock clock, String severity, String complexity) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("clock", clock.name());
        inputs.put("severity", severity);
        inputs.put("complexity", complexity);
        Map<String, Object> row = decisions.evaluateDecisionTableByKey(DECISION, inputs).getSingleResult().getEntryMap();
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

    /** One row of the policy table. */
    public record Rule(int amount, Unit unit, double warningShare, String policyRow) {
    }
}
