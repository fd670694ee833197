package com.bank.complaints.execution;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.bankstandin.CoreBankingStandIn.BookedPosting;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 point 4: a failed dual review of a refund paid with the wrong amount leads to a new round
 * of the remedy record (operations propose, a supervisor approves), a reversal and the corrected
 * posting at the bank, and a notice of the corrected result to the customer.
 */
@DeskTest
class CorrectionAtTheBankTest {

    @Autowired
    CaseDriver cases;
    @Autowired
    Desk desk;
    @Autowired
    CustomerResponses customer;
    @Autowired
    CoreBankingStandIn bank;
    @Autowired
    GreenMail greenMail;

    @AfterEach
    void theBankBehavesAgain() {
        bank.clearFaults();
    }

    @Test
    @DisplayName("issue 17.4 R-EXEC-2 a refund of 800 that should have been 600: approved correction, reversal of 800 and posting of 600 at the bank, the customer told")
    void aWrongRefundIsReversedAndPostedAgainOnceApproved() {
        String email = "correction-1@example.com";
        String ref = refundedAndReviewFailed(with(feeComplaint(), "customerEmail", email), 800);

        correct(ref, "ops", 600);
        assertThat(bank.postings(ref)).as("nothing moves before the approval").hasSize(1);
        cases.complete(ref, APPROVE_CORRECTION, "supervisor", Map.of(Variables.CORRECTION_APPROVED, true));

        assertThat(bank.postings(ref)).extracting(BookedPosting::type, BookedPosting::amount).containsExactly(
                tuple("REFUND", new BigDecimal("800.00")), tuple("REVERSAL", new BigDecimal("800.00")),
                tuple("REFUND", new BigDecimal("600.00")));
        assertThat(bank.postings(ref).get(1).reverses()).isEqualTo(bank.postings(ref).get(0).postingId());
        assertThat(Mails.to(greenMail, email)).anySatisfy(mail -> assertThat(Mails.subject(mail)).contains("corrected result"))
                .anySatisfy(mail -> assertThat(Mails.text(mail)).contains("600.00 CNY"));
        JsonNode remedy = desk.read("supervisor", "/api/complaints/" + ref + "/remedy");
        assertThat(remedy.path("approved").path("amount").decimalValue()).isEqualByComparingTo("600");
        assertThat(remedy.path("approved").path("proposedBy").asText()).isEqualTo("ops");
        assertThat(remedy.path("postings")).extracting(p -> p.path("type").asText())
                .containsExactly("REFUND", "REVERSAL", "REFUND");
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
        assertThat(cases.variable(ref, Variables.EXECUTED_BY)).as("the next review needs another person").isEqualTo("supervisor");
    }

    @Test
    @DisplayName("issue 17.4 R-RES-2 a rejected correction moves nothing and goes back to operations; its proposer may not approve it")
    void aRejectedCorrectionMovesNothing() {
        String ref = refundedAndReviewFailed(feeComplaint(), 800);
        correct(ref, "ops", 600);

        assertThatThrownBy(() -> cases.complete(ref, APPROVE_CORRECTION, "ops", Map.of(Variables.CORRECTION_APPROVED, true)))
                .isInstanceOf(AuthorizationException.class);
        cases.complete(ref, APPROVE_CORRECTION, "supervisor", Map.of(Variables.CORRECTION_APPROVED, false));

        assertThat(bank.postings(ref)).extracting(BookedPosting::amount).containsExactly(new BigDecimal("800.00"));
        assertThat(cases.openTasks(ref)).containsExactly(CORRECT_EXECUTION);
    }

    @Test
    @DisplayName("issue 17.4 R-EXEC-2 a correction without an amount (an installment change put right by hand) goes straight back to the dual review")
    void aCorrectionByHandIsReviewedAgain() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "INSTALLMENT_CHANGE", null);
        if (cases.task(ref, APPROVE_PROPOSAL) != null) {
            cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        customer.confirmAgreement(ref);
        cases.runJobs(ref);
        cases.dualReview(ref, "ops", false);

        cases.complete(ref, CORRECT_EXECUTION, "ops", Map.of(Variables.CORRECTION_NOTE, "First due date moved as agreed."));

        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    @Test
    @DisplayName("issue 17.4 R-EXEC-1 the bank refuses the reversal: the handler task shows the reason and nothing is posted again")
    void aRefusedCorrectionGoesToTheHandler() {
        String ref = refundedAndReviewFailed(feeComplaint(), 800);
        correct(ref, "ops", 600);
        bank.refuseNext("INSUFFICIENT_FUNDS");

        cases.complete(ref, APPROVE_CORRECTION, "supervisor", Map.of(Variables.CORRECTION_APPROVED, true));

        assertThat(cases.openTasks(ref)).containsExactly(HANDLE_CORE_BANKING_REFUSAL);
        assertThat(cases.variable(ref, Variables.CORE_BANKING_REFUSAL_REASON)).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(bank.postings(ref)).extracting(BookedPosting::amount).containsExactly(new BigDecimal("800.00"));
    }

    /** A refund paid and then failed in the dual review: "Correct execution" waits for operations. */
    private String refundedAndReviewFailed(Map<String, Object> complaint, Number amount) {
        String ref = cases.submit(complaint);
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "REFUND", amount);
        cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        cases.dualReview(ref, "ops", false);
        assertThat(cases.openTasks(ref)).containsExactly(CORRECT_EXECUTION);
        return ref;
    }

    private void correct(String ref, String operator, Number amount) {
        Map<String, Object> correction = new HashMap<>();
        correction.put(Variables.CORRECTED_AMOUNT, amount);
        correction.put(Variables.CORRECTION_NOTE, "The refund should have been " + amount + " CNY.");
        cases.complete(ref, CORRECT_EXECUTION, operator, correction);
        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_CORRECTION);
    }
}
