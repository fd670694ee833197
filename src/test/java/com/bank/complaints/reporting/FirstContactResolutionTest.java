package com.bank.complaints.reporting;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-AN-3 / R-REC-1: the archive records whether a real complaint was resolved at first contact. */
@DeskTest
class FirstContactResolutionTest {

    @Autowired
    CaseDriver cases;
    @Autowired
    CustomerResponses customer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("a fee complaint settled on the fast track, accepted at once, is archived as resolved at first contact")
    void acceptedFirstOfferIsFirstContactResolution() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "FEE_WAIVER", 128.5);
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        cases.dualReview(ref, "ops", true);
        rateAndCallBack(ref, 4);

        assertThat(cases.process(ref)).isNull();
        assertThat(archived(ref)).containsEntry("FIRST_CONTACT_RESOLVED", true).containsEntry("ESCALATED", false);
    }

    @Test
    @DisplayName("a liability dispute decided by the expert panel is archived as not resolved at first contact")
    void expertPanelCaseIsNotFirstContactResolution() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "LIABILITY_DISPUTE");
        cases.expertPanelDecides(ref, "EXPLANATION_ONLY", null, "The fee stands; the bank explains it in writing.");
        cases.dualReview(ref, "ops", true);
        rateAndCallBack(ref, 3);

        assertThat(cases.process(ref)).isNull();
        assertThat(archived(ref)).containsEntry("FIRST_CONTACT_RESOLVED", false).containsEntry("ESCALATED", true);
    }

    private void rateAndCallBack(String ref, int score) {
        assertThat(customer.rate(ref, score)).isTrue();
        cases.runJobs(ref);
        cases.callBackAndClose(ref);
    }

    private Map<String, Object> archived(String ref) {
        return jdbc.queryForMap("SELECT first_contact_resolved, escalated FROM complaint_archive WHERE reference = ?", ref);
    }
}
