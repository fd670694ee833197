package com.bank.complaints.execution;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 17 point 4: an installment change reaches the bank with its schedule, only after the customer confirmed it. */
@DeskTest
class InstallmentChangeAtTheBankTest {

    private static final String SHOWN_SCHEDULE = "18 × 350.00 CNY, 0.45%, 2027-01-15";

    @Autowired
    CaseDriver cases;
    @Autowired
    Desk desk;
    @Autowired
    CustomerResponses customer;
    @Autowired
    CoreBankingStandIn bank;
    @Autowired
    CoreBanking port;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("issue 17.4 R-EXEC-1 the agreement shows the new schedule; the bank gets it only after the customer confirmed, and its confirmation number is kept and shown")
    void theConfirmedScheduleReachesTheBank() {
        String email = "plan-change-1@example.com";
        String ref = accepted(with(with(feeComplaint(), "customerEmail", email), "cardOrContractNumber", "INST-2026-917101"));

        assertThat(Mails.to(greenMail, email)).anySatisfy(mail -> assertThat(Mails.text(mail)).contains(SHOWN_SCHEDULE));
        assertThat(bank.planChanges(ref)).as("nothing before the customer confirmed").isEmpty();

        assertThat(customer.confirmAgreement(ref)).isTrue();
        cases.runJobs(ref);

        assertThat(bank.planChanges(ref)).singleElement().satisfies(change -> {
            assertThat(change.contract()).isEqualTo("INST-2026-917101");
            assertThat(change.periods()).isEqualTo(18);
            assertThat(change.feeRate()).isEqualByComparingTo("0.45");
            assertThat(change.amountPerPeriod()).isEqualTo(new BigDecimal("350.00"));
            assertThat(change.firstDueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        });
        String confirmation = bank.planChanges(ref).get(0).confirmationNumber();
        assertThat(jdbc.queryForObject("SELECT bank_confirmation FROM installment_change WHERE reference = ?", String.class, ref))
                .isEqualTo(confirmation);
        JsonNode remedy = desk.read("supervisor", "/api/complaints/" + ref + "/remedy");
        assertThat(remedy.path("planChanges")).singleElement().satisfies(change -> {
            assertThat(change.path("bankId").asText()).isEqualTo(confirmation);
            assertThat(change.path("detail").asText()).isEqualTo(SHOWN_SCHEDULE);
        });
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    @Test
    @DisplayName("issue 17.4 R-EXEC-1 the bank refuses to change a settled plan: the handler task shows PLAN_NOT_CHANGEABLE, nothing changed")
    void aSettledPlanIsNotChanged() {
        String contract = "INST-2026-917102";
        port.settleEarly("plan-settled-before:SETTLE", contract, "SETTLED-BEFORE");
        String ref = accepted(with(feeComplaint(), "cardOrContractNumber", contract));

        assertThat(customer.confirmAgreement(ref)).isTrue();
        cases.runJobs(ref);

        assertThat(cases.openTasks(ref)).containsExactly(HANDLE_CORE_BANKING_REFUSAL);
        assertThat(cases.variable(ref, Variables.CORE_BANKING_REFUSAL_REASON)).isEqualTo("PLAN_NOT_CHANGEABLE");
        assertThat(bank.planChanges(ref)).isEmpty();
    }

    /** An installment change proposed with its schedule, approved and accepted: the agreement has gone out. */
    private String accepted(Map<String, Object> complaint) {
        String ref = cases.submit(complaint);
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "INSTALLMENT_CHANGE", null);
        if (cases.task(ref, APPROVE_PROPOSAL) != null) {
            cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        return ref;
    }
}
