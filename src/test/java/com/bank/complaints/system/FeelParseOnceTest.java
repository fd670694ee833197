package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.DecisionTableUnderTest;
import com.bank.complaints.DeskTest;
import com.bank.complaints.TestComplaints;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19: the engine's decision tables parse each FEEL expression once, and decide exactly as Camunda's
 * own FEEL engine does (R-TRIAGE-1..5 through the triage table).
 */
@DeskTest
class FeelParseOnceTest {

    private static final Path TRIAGE = Path.of("processes/complaint-triage.dmn");

    @Autowired
    DecisionService decisionService;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    @DisplayName("evaluating the triage table again for the same complaints parses no expression again")
    void expressionsAreParsedOnce() {
        FeelParseOncePlugin.ParsingOnce feel = (FeelParseOncePlugin.ParsingOnce)
                ((DefaultDmnEngineConfiguration) engine.getDmnEngine().getConfiguration()).getFeelEngine();
        triage(complaints());
        int parsed = feel.parsedExpressions();

        triage(complaints());

        assertThat(parsed).isPositive();
        assertThat(feel.parsedExpressions()).isEqualTo(parsed);
    }

    @Test
    @DisplayName("the triage table decides every kind of complaint as it does on Camunda's own FEEL engine")
    void decisionsAreCamundasOwn() throws Exception {
        DecisionTableUnderTest camundas = new DecisionTableUnderTest(TRIAGE, "complaint-triage");
        List<Map<String, Object>> complaints = complaints();

        List<Map<String, Object>> ours = triage(complaints);

        assertThat(ours).hasSize(complaints.size()).doesNotContainNull();
        for (int i = 0; i < complaints.size(); i++) {
            assertThat(ours.get(i)).as("complaint %d", i).isEqualTo(camundas.evaluate(complaints.get(i)).getSingleResult().getEntryMap());
        }
    }

    private List<Map<String, Object>> triage(List<Map<String, Object>> complaints) {
        List<Map<String, Object>> decided = new ArrayList<>();
        for (Map<String, Object> complaint : complaints) {
            decided.add(decisionService.evaluateDecisionTableByKey("complaint-triage", complaint).getSingleResult()
                    .getEntryMap());
        }
        return decided;
    }

    /** Complaints of every kind the table tells apart, as the process hands them to it. */
    private static List<Map<String, Object>> complaints() {
        List<Map<String, Object>> complaints = new ArrayList<>();
        for (Map<String, Object> fields : List.of(TestComplaints.feeComplaint(), TestComplaints.chineseFeeComplaint(),
                TestComplaints.cardFraudComplaint(), TestComplaints.consultation(), TestComplaints.groupComplaint(),
                TestComplaints.unclearComplaint())) {
            Map<String, Object> complaint = new HashMap<>(fields);
            complaint.put("grievance", " " + ((String) fields.get("grievance")).toLowerCase() + " ");
            complaint.put("priorComplaints", 0L);
            complaints.add(complaint);
        }
        return complaints;
    }
}
