package com.bank.complaints.reporting;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.unclearComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.system.BusinessTime;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-AN-2: open complaints are reportable by their classification and profile, not only archived ones. */
@DeskTest
class OpenComplaintClassificationTest {

    @Autowired
    CaseDriver cases;
    @Autowired
    Desk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BusinessTime time;

    @Test
    @DisplayName("R-AN-2 triage writes its classification onto the complaint record, and the category filter counts the open case")
    void triageClassificationIsReportable() {
        JsonNode before = dimensionsToday().at("/category");

        String ref = cases.submit(feeComplaint());

        assertThat(jdbc.queryForMap("SELECT severity, category, special_kind, complexity FROM complaint WHERE reference = ?",
                ref)).containsEntry("SEVERITY", cases.variable(ref, Variables.SEVERITY))
                .containsEntry("CATEGORY", cases.variable(ref, Variables.CATEGORY))
                .containsEntry("SPECIAL_KIND", cases.variable(ref, Variables.SPECIAL_KIND))
                .containsEntry("COMPLEXITY", cases.variable(ref, Variables.COMPLEXITY));
        String category = (String) cases.variable(ref, Variables.CATEGORY);
        assertThat(count(dimensionsToday().at("/category"), category)).isEqualTo(count(before, category) + 1);
        assertThat(receivedToday(category)).isEqualTo(count(before, category) + 1);
    }

    @Test
    @DisplayName("R-AN-2 / R-TRIAGE-5 a handler's correction of the classification replaces it on the complaint record")
    void correctionReplacesTheClassification() {
        String ref = cases.submit(unclearComplaint());
        assertThat(jdbc.queryForObject("SELECT category FROM complaint WHERE reference = ?", String.class, ref))
                .isEqualTo("OTHER");

        cases.complete(ref, Activities.REVIEW_TRIAGE, "handler", Map.of(Variables.SEVERITY, "GENERAL",
                Variables.CATEGORY, "SERVICE", Variables.SPECIAL_KIND, "NONE", Variables.COMPLEXITY, "COMPLEX",
                Variables.TRIAGE_CORRECTION_REASON, "The customer complains about the hotline's attitude."));

        assertThat(jdbc.queryForMap("SELECT category, complexity FROM complaint WHERE reference = ?", ref))
                .containsEntry("CATEGORY", "SERVICE").containsEntry("COMPLEXITY", "COMPLEX");
    }

    @Test
    @DisplayName("R-AN-2 the complainant's segment and age band given at intake count in the profile dimensions")
    void profileIsCounted() {
        long before = count(dimensionsToday().at("/customerSegment"), "PRIVATE_BANKING");

        cases.submit(with(feeComplaint(), "customerSegment", "PRIVATE_BANKING"));

        assertThat(count(dimensionsToday().at("/customerSegment"), "PRIVATE_BANKING")).isEqualTo(before + 1);
    }

    private long receivedToday(String category) {
        LocalDate today = time.today();
        return desk.read("compliance", "/api/reports/kpis?from=" + today + "&to=" + today + "&category=" + category)
                .at("/received").asLong();
    }

    private JsonNode dimensionsToday() {
        LocalDate today = time.today();
        return desk.read("compliance", "/api/reports/dimensions?from=" + today + "&to=" + today);
    }

    private static long count(JsonNode rows, String value) {
        for (JsonNode row : rows) {
            if (row.at("/value").asText().equals(value)) {
                return row.at("/count").asLong();
            }
        }
        return 0;
    }
}
