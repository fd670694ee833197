package com.bank.complaints.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.DecisionTableUnderTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17.7: the compensation cap per customer and rolling period (processes/compensation-caps.dmn), on the DMN
 * engine alone, one row of test data per rule.
 */
class CompensationCapsDecisionTest {

    private static final Path TABLE = Path.of("processes", "compensation-caps.dmn");
    private static final String DECISION = "compensation-caps";

    private static DecisionTableUnderTest table;

    @BeforeAll
    static void parseTable() throws IOException {
        table = new DecisionTableUnderTest(TABLE, DECISION);
    }

    static List<Row> rows() {
        return List.of(
                new Row("issue 17.7 goodwill to a private-banking customer: 10,000 CNY in 12 months",
                        "Rule_PrivateBankingCompensation", "POINTS_GOODWILL", "PRIVATE_BANKING", 10_000.0, 12),
                new Row("issue 17.7 a fee waiver to an affluent customer: 5,000 CNY in 12 months",
                        "Rule_AffluentCompensation", "FEE_WAIVER", "AFFLUENT", 5_000.0, 12),
                new Row("issue 17.7 a fee waiver to a mass-market customer: 2,000 CNY in 12 months",
                        "Rule_Compensation", "FEE_WAIVER", "MASS", 2_000.0, 12),
                new Row("issue 17.7 goodwill to a customer whose segment was not recorded: 2,000 CNY in 12 months",
                        "Rule_Compensation", "POINTS_GOODWILL", null, 2_000.0, 12),
                new Row("issue 17.7 a refund gives back the customer's own money: no cap",
                        "Rule_NoCap", "REFUND", "PRIVATE_BANKING", null, null),
                new Row("issue 17.7 an explanation pays nothing: no cap", "Rule_NoCap", "EXPLANATION_ONLY", "MASS", null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("issue 17.7 a remedy gets the cap and period of the rule named in its row")
    void cap(Row row) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("remedyType", row.remedyType());
        variables.put("customerSegment", row.segment());

        DmnDecisionResult result = table.evaluate(variables);

        assertThat(table.matchedRules()).as("the rule that decided").containsExactly(row.rule());
        Map<String, Object> entries = result.getSingleResult().getEntryMap();
        assertThat(entries.get("capAmount")).isEqualTo(row.cap());
        assertThat(entries.get("periodMonths")).isEqualTo(row.months());
    }

    @Test
    @DisplayName("issue 17.7 every rule of the compensation-caps table has a row of test data here")
    void everyRuleIsTested() {
        List<String> tested = rows().stream().map(Row::rule).distinct().toList();

        assertThat(tested).containsExactlyInAnyOrderElementsOf(DecisionTableUnderTest.ruleIds(TABLE));
    }

    @Test
    @DisplayName("issue 17.7 the table is what the approval check expects: key, first hit, history time to live, cap and period")
    void tableShape() {
        Decision caps = model().getModelElementById(DECISION);
        DecisionTable decisionTable = (DecisionTable) caps.getExpression();

        assertThat(caps.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
        assertThat(decisionTable.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(decisionTable.getOutputs()).extracting(Output::getName).containsExactly("capAmount", "periodMonths");
    }

    private static DmnModelInstance model() {
        return Dmn.readModelFromFile(TABLE.toFile());
    }

    record Row(String name, String rule, String remedyType, String segment, Double cap, Integer months) {
        @Override
        public String toString() {
            return name;
        }
    }
}
