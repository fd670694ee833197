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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-RES-2 / R-RES-3 (issue 17.6, 17.7): who approves a proposed remedy (processes/remedy-authority.dmn), on the DMN
 * engine alone, one row of test data per rule plus the edges of the small-claims fast track: it is decided on the
 * amount disputed at intake, the remedy stays within it, and a flag or the compensation cap overrides it.
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
                row("issue 17.7 R-RES-2 an open suspicious-pattern flag sends even a fast-track refund to the supervisor",
                        "Rule_SuspiciousCustomer", feeDispute("REFUND", 100.0, 128.50).flagged(), SUPERVISOR),
                row("issue 17.7 R-RES-2 a fee waiver above the customer's compensation cap needs the supervisor, even on the fast track",
                        "Rule_AboveCompensationCap", feeDispute("FEE_WAIVER", 120.0, 128.50).aboveCap(), SUPERVISOR),
                row("issue 17.6 R-RES-3 a 128.50 CNY fee dispute refunded in full takes the fast track",
                        "Rule_SmallFeeDisputeFastTrack", feeDispute("REFUND", 128.50, 128.50), FRONT_LINE),
                row("issue 17.6 R-RES-3 a fee waiver within 499.99 CNY disputed takes the fast track",
                        "Rule_SmallFeeDisputeFastTrack", feeDispute("FEE_WAIVER", 300.0, 499.99), FRONT_LINE),
                row("issue 17.6 R-RES-3 a refund above the disputed amount never takes the fast track",
                        "Rule_SupervisorApproves", feeDispute("REFUND", 128.51, 128.50), SUPERVISOR),
                row("issue 17.6 R-RES-3 a small refund of a dispute of exactly 500 CNY needs the supervisor",
                        "Rule_SupervisorApproves", feeDispute("REFUND", 100.0, 500.0), SUPERVISOR),
                row("issue 17.6 R-RES-3 a small refund with no disputed amount recorded at intake needs the supervisor",
                        "Rule_SupervisorApproves", feeDispute("REFUND", 100.0, null), SUPERVISOR),
                row("issue 17.6 R-RES-2 an explanation only needs the supervisor, even on a small fee dispute",
                        "Rule_SupervisorApproves", feeDispute("EXPLANATION_ONLY", null, 128.50), SUPERVISOR),
                row("R-RES-2 a small refund on an urgent complaint needs the supervisor", "Rule_SupervisorApproves",
                        feeDispute("REFUND", 100.0, 128.50).severity("URGENT"), SUPERVISOR),
                row("R-RES-2 a small refund on a transaction complaint (not a fee dispute) needs the supervisor",
                        "Rule_SupervisorApproves", feeDispute("REFUND", 100.0, 128.50).category("TRANSACTION"), SUPERVISOR),
                row("R-RES-2 a small refund to a suspected organised complainant needs the supervisor",
                        "Rule_SupervisorApproves", feeDispute("REFUND", 100.0, 128.50).specialKind("ORGANISED_MALICIOUS"),
                        SUPERVISOR),
                row("R-RES-2 an installment change needs the supervisor, whatever the amount", "Rule_SupervisorApproves",
                        feeDispute("INSTALLMENT_CHANGE", null, 128.50), SUPERVISOR),
                row("R-RES-2 small goodwill points need the supervisor", "Rule_SupervisorApproves",
                        feeDispute("POINTS_GOODWILL", 50.0, 128.50), SUPERVISOR),
                row("R-RES-2 early settlement needs the supervisor", "Rule_SupervisorApproves",
                        feeDispute("EARLY_SETTLEMENT", 0.0, 128.50).category("SERVICE"), SUPERVISOR));
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

        assertThat(tested).containsExactlyInAnyOrderElementsOf(DecisionTableUnderTest.ruleIds(TABLE));
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

    private static Row row(String name, String rule, Proposal proposal, String approvalLevel) {
        return new Row(name, rule, proposal.variables, approvalLevel);
    }

    /**
     * The process variables the table reads when a remedy has been proposed on a general fee dispute (remedy
     * and disputed amount may be null), no flag and within the cap unless changed.
     */
    private static Proposal feeDispute(String remedyType, Double remedyAmount, Double disputedAmount) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("severity", "GENERAL");
        variables.put("category", "PRODUCT");
        variables.put("remedyType", remedyType);
        variables.put("remedyAmount", remedyAmount);
        variables.put("disputedAmount", disputedAmount);
        variables.put("specialKind", "NONE");
        variables.put("customerFlagged", false);
        variables.put("compensationCapExceeded", false);
        return new Proposal(variables);
    }

    private record Proposal(Map<String, Object> variables) {
        Proposal severity(String severity) {
            variables.put("severity", severity);
            return this;
        }

        Proposal category(String category) {
            variables.put("category", category);
            return this;
        }

        Proposal specialKind(String specialKind) {
            variables.put("specialKind", specialKind);
            return this;
        }

        Proposal flagged() {
            variables.put("customerFlagged", true);
            return this;
        }

        Proposal aboveCap() {
            variables.put("compensationCapExceeded", true);
            return this;
        }
    }

    record Row(String name, String rule, Map<String, Object> proposal, String approvalLevel) {
        @Override
        public String toString() {
            return name;
        }
    }
}
