package com.bank.complaints.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analysts' SLA policy (processes/sla-policy.dmn) on the DMN engine alone: one row of test data per rule. */
class SlaPolicyDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = Files.newInputStream(Path.of("processes", "sla-policy.dmn"))) {
            decision = engine.parseDecision(SlaPolicy.DECISION, table);
        }
    }

    @ParameterizedTest(name = "{5} {0}: {1} / {2} -> {3} {4}")
    @CsvSource(nullValues = "-", value = {
        "FIRST_RESPONSE,       -,            -,       24, HOURS,        R-INTAKE-4",
        "FIRST_RESPONSE,       URGENT,       COMPLEX, 24, HOURS,        R-INTAKE-4",
        "REPLY,                GENERAL,      COMPLEX,  5, WORKING_DAYS, R-INTAKE-4",
        "REPLY,                GENERAL,      SIMPLE,   3, WORKING_DAYS, R-INTAKE-4",
        "REPLY,                -,            -,        3, WORKING_DAYS, R-INTAKE-4",
        "REGULATORY_CLOSE,     GENERAL,      COMPLEX, 30, DAYS,         R-INTAKE-4",
        "REGULATORY_CLOSE,     GENERAL,      SIMPLE,  30, DAYS,         R-INTAKE-4",
        "URGENT_INTERVENTION,  URGENT,       COMPLEX,  1, HOURS,        R-TRIAGE-4",
        "URGENT_ROOT_CAUSE,    URGENT,       COMPLEX,  2, HOURS,        R-TRIAGE-4",
        "URGENT_PRELIMINARY,   URGENT,       COMPLEX, 24, HOURS,        R-TRIAGE-4",
        "FEE_WAIVER_EXECUTION, GENERAL,      SIMPLE,   2, WORKING_DAYS, R-EXEC-1",
        "RESULT_NOTICE,        GENERAL,      SIMPLE,   1, WORKING_DAYS, R-FB-1",
        "CALLBACK,             URGENT,       COMPLEX, 24, HOURS,        R-FB-3",
        "CALLBACK,             CONSULTATION, SIMPLE,   7, DAYS,         R-FB-3",
        "CALLBACK,             GENERAL,      SIMPLE,   3, DAYS,         R-FB-3",
    })
    void everyClockHasItsPolicyRow(String clock, String severity, String complexity, int amount, String unit,
            String rule) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("clock", clock);
        inputs.put("severity", severity);
        inputs.put("complexity", complexity);

        DmnDecisionRuleResult row = engine.evaluateDecisionTable(decision, inputs).getSingleResult();

        assertThat(((Number) row.get("amount")).intValue()).isEqualTo(amount);
        assertThat((String) row.get("unit")).isEqualTo(unit);
        assertThat(((Number) row.get("warningShare")).doubleValue()).isEqualTo(0.8);
        assertThat((String) row.get("policyRow")).startsWith(rule);
    }
}
