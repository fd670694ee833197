package com.bank.complaints.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-RES-2 / R-RES-3: who approves a proposed remedy (processes/remedy-authority.dmn), on the DMN engine alone,
 * one row of test data per rule plus the edges of the small-claims fast track.
 */
class RemedyAuthorityDecisionTest {

    private static final Path TABLE = Path.of("processes", "remedy-authority.dmn");
    private static final String DECISION = "remedy-authority";
    private static final String FRONT_LINE = "FRONT_LINE";
    private static final String SUPERVISOR = "SUPERVISOR";

    private static DecisionTableUnderTest table;

    @BeforeAll
    static void parseTable() throws IOException {
        table = new DecisionTableUnderTest(TABLE, DECISION);
    }

    static List<Row> rows() {
        return List.of(
                row("R-RES-1 an explanation only is settled by the front line, even for an urgent case",
                        "Rule_ExplanationOnly", proposal("URGENT", "SECURITY", "EXPLANATION_ONLY", null, "NONE"),
                        FRONT_LINE),
                row("R-RES-1 an explanation only to a group complaint is settled by the front line",
                        "Rule_ExplanationOnly", proposal("GENERAL", "OTHER", "EXPLANATION_ONLY", 0.0, "GROUP_COMPLAINT"),
                        FRONT_LINE),
                row("R-RES-3 a 128.50 CNY fee refund on a general product complaint takes the fast track",
                        "Rule_SmallFeeDisputeFastTrack", proposal("GENERAL", "PRODUCT", "REFUND", 128.50, "NONE"),
                        FRONT_LINE),
                row("R-RES-3 a 499.99 CNY fee waiver takes the fast track", "Rule_SmallFeeDisputeFastTrack",
                        proposal("GENERAL", "PRODUCT", "FEE_WAIVER", 499.99, "NONE"), FRONT_LINE),
                row("R-RES-3 a fee waiver with no amount counts as 0 CNY and takes the fast track",
                        "Rule_SmallFeeDisputeFastTrack", proposal("GENERAL", "PRODUCT", "FEE_WAIVER", null, "NONE"),
                        FRONT_LINE),
                row("R-RES-2 a refund of exactly 500 CNY needs the supervisor", "Rule_SupervisorApproves",
                        proposal("GENERAL", "PRODUCT", "REFUND", 500.0, "NONE"), SUPERVISOR),
                row("R-RES-2 a small refund on an urgent complaint needs the supervisor", "Rule_SupervisorApproves",
                        proposal("URGENT", "PRODUCT", "REFUND", 100.0, "NONE"), SUPERVISOR),
                row("R-RES-2 a small refund on a transaction complaint (not a fee dispute) needs the supervisor",
                        "Rule_SupervisorApproves", proposal("GENERAL", "TRANSACTION", "REFUND", 100.0, "NONE"),
                        SUPERVISOR),
                row("R-RES-2 a small refund to a suspected organised complainant needs the supervisor",
                        "Rule_SupervisorApproves",
                        proposal("GENERAL", "PRODUCT", "REFUND", 100.0, "ORGANISED_MALICIOUS"), SUPERVISOR),
                row("R-RES-2 an installment change needs the supervisor, whatever the amount", "Rule_SupervisorApproves",
                        proposal("GENERAL", "PRODUCT", "INSTALLMENT_CHANGE", null, "NONE"), SUPERVISOR),
                row("R-RES-2 small goodwill points need the supervisor", "Rule_SupervisorApproves",
                        proposal("GENERAL", "PRODUCT", "POINTS_GOODWILL", 50.0, "NONE"), SUPERVISOR),
                row("R-RES-2 early settlement needs the supervisor", "Rule_SupervisorApproves",
                        proposal("GENERAL", "SERVICE", "EARLY_SETTLEMENT", 0.0, "NONE"), SUPERVISOR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("R-RES-2/3 a proposed remedy goes to the approver named in its row")
    void approvalLevel(Row row) {
        DmnDecisionResult result = table.evaluate(row.proposal());

        assertThat(table.matchedRules()).as("the rule that decided").containsExactly(row.rule());
        assertThat(result.getSingleResult().getEntryMap()).containsExactly(entry("approvalLevel", row.approvalLevel()));
    }

    @Test
    @DisplayName("R-RES-2 every rule of the remedy-authority table has a row of test data here")
    void everyRuleIsTested() {
        List<String> tested = rows().stream().map(Row::rule).distinct().toList();

        assertThat(tested).containsExactlyInAnyOrderElementsOf(
                model().getModelElementsByType(Rule.class).stream().map(Rule::getId).toList());
    }

    @Test
    @DisplayName("the table is what the lifecycle expects: key, first hit, history time to live, one output")
    void tableShape() {
        Decision authority = model().getModelElementById(DECISION);
        DecisionTable table = (DecisionTable) authority.getExpression();

        assertThat(authority.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(table.getOutputs()).extracting(Output::getName).containsExactly("approvalLevel");
    }

    private static DmnModelInstance model() {
        return Dmn.readModelFromFile(TABLE.toFile());
    }

    private static Row row(String name, String rule, Map<String, Object> proposal, String approvalLevel) {
        return new Row(name, rule, proposal, approvalLevel);
    }

    /** The process variables the table reads when a remedy has been proposed; remedyAmount may be null. */
    private static Map<String, Object> proposal(String severity, String category, String remedyType,
            Double remedyAmount, String specialKind) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("severity", severity);
        variables.put("category", category);
        variables.put("remedyType", remedyType);
        variables.put("remedyAmount", remedyAmount);
        variables.put("specialKind", specialKind);
        return variables;
    }

    record Row(String name, String rule, Map<String, Object> proposal, String approvalLevel) {
        @Override
        public String toString() {
            return name;
        }
    }
}
