package com.bank.complaints.reporting;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.BUSINESS_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.CALLBACK_CUSTOMER;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.CALLBACK_DUE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.COMPLIANCE_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.DUAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ISSUE_FINAL_SOLUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.LEGAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_MEETING;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_FINDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
        investigate(ref, "FACT_CLEAR");
        propose(ref, "FEE_WAIVER", 128.5);
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        dualReview(ref);
        rateAndCallBack(ref, 4);

        assertThat(cases.process(ref)).isNull();
        assertThat(archived(ref)).containsEntry("FIRST_CONTACT_RESOLVED", true).containsEntry("ESCALATED", false);
    }

    @Test
    @DisplayName("a liability dispute decided by the expert panel is archived as not resolved at first contact")
    void expertPanelCaseIsNotFirstContactResolution() {
        String ref = cases.submit(feeComplaint());
        investigate(ref, "LIABILITY_DISPUTE");
        expertPanelDecides(ref);
        dualReview(ref);
        rateAndCallBack(ref, 3);

        assertThat(cases.process(ref)).isNull();
        assertThat(archived(ref)).containsEntry("FIRST_CONTACT_RESOLVED", false).containsEntry("ESCALATED", true);
    }

    private void investigate(String ref, String finding) {
        cases.complete(ref, INVESTIGATE_COMPLAINT, "handler", Map.of(Variables.INVESTIGATION_NOTES,
                "Contract, ledger and call recording checked.", Variables.EVIDENCE_NEEDED, false));
        cases.complete(ref, RECORD_FINDING, "handler", Map.of(Variables.FINDING, finding,
                Variables.FINDING_SUMMARY, "The second installment fee was charged by a system fault."));
    }

    private void propose(String ref, String remedy, Number amount) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put(Variables.REMEDY_TYPE, remedy);
        proposal.put(Variables.REMEDY_AMOUNT, amount);
        proposal.put(Variables.REMEDY_DETAILS, "As agreed with the customer by phone.");
        cases.complete(ref, PROPOSE_REMEDY, "handler", proposal);
    }

    private void expertPanelDecides(String ref) {
        cases.complete(ref, LEGAL_REVIEW, "legal", Map.of("legalOpinion", "The contract is clear."));
        cases.complete(ref, COMPLIANCE_REVIEW, "riskexpert", Map.of("complianceOpinion", "No rule was broken."));
        cases.complete(ref, BUSINESS_REVIEW, "business", Map.of("businessOpinion", "Explain the fee again."));
        cases.complete(ref, RECORD_CUSTOMER_MEETING, "business", Map.of("meetingMode", "VIDEO",
                "meetingNotes", "Customer heard the panel's view."));
        Map<String, Object> decision = new HashMap<>();
        decision.put(Variables.REMEDY_TYPE, "EXPLANATION_ONLY");
        decision.put(Variables.REMEDY_AMOUNT, null);
        decision.put(Variables.REMEDY_DETAILS, "Final explanation of the panel.");
        decision.put(Variables.FINAL_SOLUTION, "The fee stands; the bank explains it in writing.");
        cases.complete(ref, ISSUE_FINAL_SOLUTION, "supervisor", decision);
    }

    private void dualReview(String ref) {
        cases.complete(ref, DUAL_REVIEW, "ops", Map.of(Variables.REVIEW_PASSED, true,
                Variables.REVIEW_NOTES, "Amount and notice checked."));
    }

    private void rateAndCallBack(String ref, int score) {
        assertThat(customer.rate(ref, score)).isTrue();
        cases.runJobs(ref);
        cases.fireTimer(ref, CALLBACK_DUE);
        cases.complete(ref, CALLBACK_CUSTOMER, "handler", Map.of(Variables.PROBLEM_SOLVED, true,
                Variables.CALLBACK_NOTES, "Customer confirms it is solved."));
    }

    private Map<String, Object> archived(String ref) {
        return jdbc.queryForMap("SELECT first_contact_resolved, escalated FROM complaint_archive WHERE reference = ?", ref);
    }
}
