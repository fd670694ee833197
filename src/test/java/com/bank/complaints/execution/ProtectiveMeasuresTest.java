package com.bank.complaints.execution;

import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FIND_ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_PRELIMINARY_SOLUTION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.bankstandin.CoreBankingStandIn.Measure;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17.3, R-TRIAGE-4: the protective measures operations tick in the green channel happen at the bank (the
 * stand-in's books), the customer is told only of measures the bank took, and the handler's decision at resolution
 * lifts or keeps them; the remedy API shows every call.
 */
@DeskTest
class ProtectiveMeasuresTest {

    /** The card of TestComplaints' complaints, as the bank keys its account. */
    private static final String CARD = "INST-2026-000731";
    private static final Map<String, Object> BOTH = Map.of(Variables.STOP_PAYMENT, true, Variables.FREEZE_CARD, true,
            Variables.PROTECTIVE_MEASURES_NOTE, "Card frozen, payments stopped.");

    @Autowired
    CaseDriver cases;
    @Autowired
    CoreBankingStandIn bank;
    @Autowired
    CustomerResponses customer;
    @Autowired
    GreenMail mail;
    @Autowired
    BankInstructions instructions;

    @AfterEach
    void bankAsUsual() {
        bank.clearFaults();
    }

    @Test
    @DisplayName("issue 17.3 R-TRIAGE-4 ticking freeze and stop payment instructs the bank once each when the task is completed, and the customer is told")
    void measuresHappenAtTheBank() {
        String ref = cases.submit(cardFraudComplaint());

        cases.complete(ref, APPLY_PROTECTIVE_MEASURES, "ops", BOTH);
        cases.runJobs(ref);

        assertThat(measures(ref)).containsExactly("FREEZE", "STOP_PAYMENT");
        assertThat(bank.account(CARD)).hasValueSatisfying(account -> {
            assertThat(account.cardState()).isEqualTo("FROZEN");
            assertThat(account.paymentsStopped()).isTrue();
        });
        assertThat(Mails.subjectsAbout(mail, ref)).anyMatch(subject -> subject.toLowerCase().contains("protect"));
    }

    @Test
    @DisplayName("issue 17.3 R-TRIAGE-4 the bank refusing the freeze (card closed) refuses the task with the bank's reason and the customer is told nothing; the stop payment the bank took is not instructed again when operations complete without the freeze")
    void refusedMeasureIsNotToldToTheCustomer() {
        String ref = cases.submit(cardFraudComplaint());
        bank.refuseNext("CARD_CLOSED");

        assertThatThrownBy(() -> cases.complete(ref, APPLY_PROTECTIVE_MEASURES, "ops", BOTH))
                .hasMessageContaining("freezeCard").hasMessageContaining("CARD_CLOSED");
        cases.runJobs(ref);

        assertThat(measures(ref)).containsExactly("STOP_PAYMENT");
        assertThat(cases.openTasks(ref)).contains(APPLY_PROTECTIVE_MEASURES);
        assertThat(Mails.subjectsAbout(mail, ref)).noneMatch(subject -> subject.toLowerCase().contains("protect"));

        cases.complete(ref, APPLY_PROTECTIVE_MEASURES, "ops", Map.of(Variables.STOP_PAYMENT, true,
                Variables.FREEZE_CARD, false, Variables.PROTECTIVE_MEASURES_NOTE, "Card closed by the bank; payments stopped."));
        cases.runJobs(ref);

        assertThat(measures(ref)).containsExactly("STOP_PAYMENT");
        assertThat(Mails.subjectsAbout(mail, ref)).anyMatch(subject -> subject.toLowerCase().contains("protect"));
    }

    @Test
    @DisplayName("issue 17.3 R-TRIAGE-4 the handler decides at resolution to lift the measures: the bank unfreezes the card and resumes payments once the result is sent, and the audit (bank_instruction, shown by the remedy API) keeps both calls of each")
    void liftedAtResolution() {
        String ref = resolvedWith(ProtectiveMeasures.LIFT);

        assertThat(measures(ref)).containsExactly("FREEZE", "STOP_PAYMENT", "UNFREEZE", "RESUME_PAYMENT");
        assertThat(bank.account(CARD)).hasValueSatisfying(account -> {
            assertThat(account.cardState()).isEqualTo("ACTIVE");
            assertThat(account.paymentsStopped()).isFalse();
        });
        assertThat(instructions.of(ref)).extracting(BankInstructions.Instruction::operation)
                .contains("CARD_FREEZE", "CARD_STOP_PAYMENT", "CARD_UNFREEZE", "CARD_RESUME_PAYMENT");
    }

    @Test
    @DisplayName("issue 17.3 R-TRIAGE-4 the handler decides at resolution to keep the measures: the bank is not called again")
    void keptAtResolution() {
        String ref = resolvedWith(ProtectiveMeasures.KEEP);

        assertThat(measures(ref)).containsExactly("FREEZE", "STOP_PAYMENT");
        assertThat(bank.account(CARD)).hasValueSatisfying(account -> assertThat(account.cardState()).isEqualTo("FROZEN"));
    }

    /** An urgent complaint with both measures, investigated and resolved with a refund, up to the result notice. */
    private String resolvedWith(String decision) {
        String ref = cases.submit(cardFraudComplaint());
        cases.complete(ref, APPLY_PROTECTIVE_MEASURES, "ops", BOTH);
        cases.complete(ref, FIND_ROOT_CAUSE, "handler", Map.of(Variables.ROOT_CAUSE, "Card skimmed at a mall terminal."));
        cases.complete(ref, PROPOSE_PRELIMINARY_SOLUTION, "handler",
                Map.of(Variables.PRELIMINARY_SOLUTION, "Provisional credit while the chargeback runs."));
        cases.investigate(ref, "FACT_CLEAR");
        cases.complete(ref, PROPOSE_REMEDY, "handler", Map.of(Variables.REMEDY_TYPE, "REFUND", Variables.REMEDY_AMOUNT, 3200,
                Variables.REMEDY_DETAILS, "Refund of the fraudulent purchase.",
                Variables.PROTECTIVE_MEASURES_AT_RESOLUTION, decision));
        cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        customer.decideOnOffer(ref, true, 0);
        cases.runJobs(ref);
        cases.dualReview(ref, "ops", true);
        cases.runJobs(ref);
        return ref;
    }

    private List<String> measures(String ref) {
        return bank.measures(ref).stream().map(Measure::measure).toList();
    }
}
