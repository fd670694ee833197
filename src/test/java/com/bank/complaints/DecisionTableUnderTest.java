package com.bank.complaints;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * An analysts' decision table, on the DMN engine alone, that also tells which rules
 * matched the last evaluation, so a test can name the row it expects to decide.
 */
public final class DecisionTableUnderTest implements DmnDecisionTableEvaluationListener {

    private final List<String> matched = new ArrayList<>();
    private final DmnEngine engine;
    private final DmnDecision decision;

    public DecisionTableUnderTest(Path file, String decisionKey) throws IOException {
        DmnEngineConfiguration configuration = DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(this));
        engine = configuration.buildEngine();
        try (InputStream table = Files.newInputStream(file)) {
            decision = engine.parseDecision(decisionKey, table);
        }
    }

    public DmnDecisionResult evaluate(Map<String, Object> variables) {
        return engine.evaluateDecision(decision, variables);
    }

    /** The ids of every rule of the table's file, in order: a test shows it has a row of test data for each. */
    public static List<String> ruleIds(Path file) {
        return Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
    }

    /** The ids of the rules that matched the last evaluation. */
    public List<String> matchedRules() {
        return List.copyOf(matched);
    }

    @Override
    public void notify(DmnDecisionTableEvaluationEvent event) {
        matched.clear();
        event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
    }
}
