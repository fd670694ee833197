package com.bank.complaints.compensation;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.resolution.RemedyDecisions;
import com.bank.complaints.vigilance.PatternScreening;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17.6 and 17.7 on the whole application (R-RES-2, R-RES-3): the small-claims fast track is decided on the
 * amount disputed at intake (128.50 CNY for the fee complaint) with the remedy within it; an explanation only, a
 * customer above the compensation cap or with an open suspicious-pattern flag goes to a supervisor, who is told why.
 */
@DeskTest
class ApprovalAuthorityTest {

    private static final ZoneId BANK = ZoneId.of("Asia/Shanghai");
    private static final AtomicLong NEXT = new AtomicLong(2_000_000);

    @Autowired
    CaseDriver cases;
    @Autowired
    Desk desk;
    @Autowired
    RemedyDecisions remedies;
    @Autowired
    PatternScreening screening;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("issue 17.6 R-RES-3 a refund within the 128.50 CNY disputed on a general fee dispute takes the fast track: no supervisor")
    void refundWithinTheDisputedAmountTakesTheFastTrack() {
        String ref = proposed(feeComplaint(), "REFUND", 128.50);

        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(remedies.approved(ref)).get().satisfies(approved -> {
            assertThat(approved.approvalLevel()).isEqualTo("FRONT_LINE");
            assertThat(approved.amount()).isEqualByComparingTo("128.50");
        });
    }

    @Test
    @DisplayName("issue 17.6 R-RES-3 a refund above the disputed amount never takes the fast track, though under 500 CNY")
    void refundAboveTheDisputedAmountNeedsASupervisor() {
        String ref = proposed(feeComplaint(), "REFUND", 200);

        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_PROPOSAL);
        assertThat(cases.variable(ref, Variables.APPROVAL_LEVEL)).isEqualTo("SUPERVISOR");
        assertThat(remedies.approved(ref)).isEmpty();
    }

    @Test
    @DisplayName("issue 17.6 R-RES-3 a dispute of 500 CNY or more is no small claim, even for a 100 CNY refund")
    void largeDisputeNeedsASupervisor() {
        String ref = proposed(with(feeComplaint(), "disputedAmount", 500), "REFUND", 100);

        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_PROPOSAL);
    }

    @Test
    @DisplayName("issue 17.6 R-RES-2 a plan that gives the customer nothing but an explanation is approved by a supervisor")
    void explanationOnlyIsApprovedByASupervisor() {
        String ref = proposed(feeComplaint(), "EXPLANATION_ONLY", null);

        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_PROPOSAL);
        cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        assertThat(remedies.approved(ref)).get().satisfies(approved -> {
            assertThat(approved.approvalLevel()).isEqualTo("SUPERVISOR");
            assertThat(approved.decidedBy()).isEqualTo("supervisor");
        });
    }

    @Test
    @DisplayName("issue 17.7 R-RES-2 a fast-track fee waiver that takes the customer above the 12-month cap of 2,000 CNY goes to a supervisor, who reads why")
    void feeWaiverAboveTheCapNeedsASupervisor() {
        Map<String, Object> customer = with(feeComplaint(), "customerId", "C-CAP-" + NEXT.incrementAndGet());
        String earlier = proposed(customer, "FEE_WAIVER", 1_900);
        cases.complete(earlier, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));

        String ref = proposed(customer, "FEE_WAIVER", 120);

        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_PROPOSAL);
        assertThat(cases.variable(ref, Variables.COMPENSATION_CAP_EXCEEDED)).isEqualTo(true);
        assertThat(cases.variable(ref, Variables.APPROVAL_REASON)).isEqualTo(
                "Above the customer's 12-month cap of 2,000 CNY (already 1,900) / 超出该客户12个月补偿上限 2,000 元（已获 1,900 元）");
    }

    @Test
    @DisplayName("issue 17.7 R-RES-3 a fee waiver that keeps the customer within the cap (1,800 + 120 of 2,000 CNY) still takes the fast track")
    void feeWaiverWithinTheCapTakesTheFastTrack() {
        Map<String, Object> customer = with(feeComplaint(), "customerId", "C-CAP-" + NEXT.incrementAndGet());
        String earlier = proposed(customer, "FEE_WAIVER", 1_800);
        cases.complete(earlier, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));

        String ref = proposed(customer, "FEE_WAIVER", 120);

        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(cases.variable(ref, Variables.APPROVAL_REASON)).isNull();
    }

    @Test
    @DisplayName("issue 17.7 R-AN-5 a customer with an open suspicious-pattern flag goes to a supervisor even on the fast track, who reads why")
    void flaggedCustomerNeedsASupervisor() {
        long n = NEXT.incrementAndGet();
        Map<String, Object> customer = with(with(with(feeComplaint(), "customerId", "C-FLAG-" + n),
                "customerPhone", "+86 139 " + n), "customerEmail", "flagged-" + n + "@example.com");
        // days of their own, far from every other test's complaints, so the screening sees only these three
        List<String> refs = List.of(submitAt(LocalDateTime.of(2029, 3, 1, 10, 0), customer),
                submitAt(LocalDateTime.of(2029, 3, 3, 10, 0), customer),
                submitAt(LocalDateTime.of(2029, 3, 5, 10, 0), customer));
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2029, 3, 5, 11, 0).atZone(BANK).toInstant()));
        screening.screenPending();
        String ref = refs.get(2);

        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "REFUND", 100);

        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_PROPOSAL);
        assertThat(cases.variable(ref, Variables.CUSTOMER_FLAGGED)).isEqualTo(true);
        assertThat((String) cases.variable(ref, Variables.APPROVAL_REASON))
                .startsWith("An open suspicious-pattern flag on the customer awaits a supervisor's review");
    }

    @Test
    @DisplayName("issue 17.7 the supervisor's form shows the reason: approve-proposal.form has the approvalReason field, read-only")
    void approvalFormShowsTheReason() throws IOException {
        String form = Files.readString(Path.of("forms", "approve-proposal.form"));

        assertThat(form).contains("\"key\": \"approvalReason\"", "须主管审批的原因");
    }

    private String proposed(Map<String, Object> complaint, String remedy, Number amount) {
        String ref = cases.submit(complaint);
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", remedy, amount);
        return ref;
    }

    private String submitAt(LocalDateTime bankTime, Map<String, Object> fields) {
        ClockUtil.setCurrentTime(Date.from(bankTime.atZone(BANK).toInstant()));
        return cases.submit(fields);
    }
}
