package com.bank.complaints.rootcause;

import static com.bank.complaints.TestComplaints.consultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-AN-1: the handler attributes every closed case's root cause on three axes before it is archived. */
@DeskTest
class RootCauseTest {

    @Autowired
    CaseDriver cases;
    @Autowired
    CustomerResponses customer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("R-AN-1 after the callback the case waits for its root cause and is not archived yet")
    void caseWaitsForItsRootCause() {
        String ref = answeredAndCalledBack();

        assertThat(cases.openTasks(ref)).containsExactly(Activities.RECORD_ROOT_CAUSE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_archive WHERE reference = ?", Long.class, ref))
                .isZero();
    }

    @Test
    @DisplayName("R-AN-1 the causes are recorded per axis (NONE counts for nothing), the summary is archived, the case closes")
    void rootCauseIsRecordedAndTheCaseArchived() {
        String ref = answeredAndCalledBack();

        cases.recordRootCause(ref, "FEE_RULES_UNCLEAR", "NONE", "CALCULATION_ERROR");

        assertThat(cases.process(ref)).isNull();
        assertThat(jdbc.queryForList("SELECT axis || ':' || cause || ':' || recorded_by FROM complaint_cause "
                + "WHERE reference = ? ORDER BY axis", String.class, ref))
                .containsExactly("PROCESS:FEE_RULES_UNCLEAR:handler", "SYSTEM:CALCULATION_ERROR:handler");
        assertThat(jdbc.queryForObject("SELECT cause_summary FROM complaint_archive WHERE reference = ?", String.class, ref))
                .isEqualTo("The fee rule was unclear and the billing system charged it twice.");
    }

    @Test
    @DisplayName("R-AN-1 an answer without a cause per axis or a summary is refused, naming every field, and the task stays")
    void incompleteRootCauseIsRefused() {
        String ref = answeredAndCalledBack();
        Map<String, Object> answer = new HashMap<>();
        answer.put(Variables.CAUSE_PROCESS, null);
        answer.put(Variables.CAUSE_STAFF, "wrong information");
        answer.put(Variables.CAUSE_SYSTEM, "NONE");
        answer.put(Variables.CAUSE_SUMMARY, " ");

        assertThatThrownBy(() -> cases.complete(ref, Activities.RECORD_ROOT_CAUSE, "handler", answer))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("The root cause was not accepted")
                .hasMessageContaining(Variables.CAUSE_PROCESS).hasMessageContaining(Variables.CAUSE_STAFF)
                .hasMessageContaining(Variables.CAUSE_SUMMARY).hasMessageNotContaining(Variables.CAUSE_SYSTEM);
        assertThat(cases.openTasks(ref)).isEqualTo(List.of(Activities.RECORD_ROOT_CAUSE));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_cause WHERE reference = ?", Long.class, ref)).isZero();
    }

    /** A consultation, the shortest way to the end: answered, rated and called back. */
    private String answeredAndCalledBack() {
        String ref = cases.submit(consultation());
        cases.complete(ref, Activities.ANSWER_CONSULTATION, "handler",
                Map.of(Variables.CONSULTATION_ANSWER, "Early repayment can be requested in the app."));
        assertThat(customer.rate(ref, 4)).isTrue();
        cases.runJobs(ref);
        cases.callBack(ref);
        return ref;
    }
}
