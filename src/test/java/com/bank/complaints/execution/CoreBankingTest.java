package com.bank.complaints.execution;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.bankstandin.CoreBankingStandIn.BookedPosting;
import com.bank.complaints.bankstandin.CoreBankingStandIn.Fault;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.ResourceAccessException;

/**
 * Issue 17 points 1 and 2: approved remedies go to the bank's core-banking system over HTTP (the
 * adapter against the demo's stand-in on its own port), and the bank's books show what happened,
 * also when the bank times out, fails, answers twice or refuses.
 */
@DeskTest
class CoreBankingTest {

    private static final BigDecimal CNY_800 = new BigDecimal("800.00");
    private static final int ENOUGH_ATTEMPTS = 10;

    @Autowired
    CaseDriver cases;
    @Autowired
    Desk desk;
    @Autowired
    CoreBankingStandIn bank;
    @Autowired
    CoreBanking port;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void theBankBehavesAgain() {
        bank.clearFaults();
    }

    @Test
    @DisplayName("issue 17.1 R-EXEC-1 an approved refund is booked at the bank once, and the remedy shows the bank's posting id")
    void approvedRefundIsBookedAtTheBank() {
        String ref = acceptedAndWaitingForTheBank(feeComplaint(), "REFUND", 800);

        cases.runJobs(ref);

        assertThat(bank.postings(ref)).singleElement().satisfies(posting -> {
            assertThat(posting.type()).isEqualTo("REFUND");
            assertThat(posting.amount()).isEqualTo(CNY_800);
        });
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
        JsonNode remedy = desk.read("supervisor", "/api/complaints/" + ref + "/remedy");
        assertThat(remedy.path("postings")).singleElement().satisfies(posting -> {
            assertThat(posting.path("bankId").asText()).isEqualTo(bank.postings(ref).get(0).postingId());
            assertThat(posting.path("amount").decimalValue()).isEqualByComparingTo(CNY_800);
        });
    }

    @Test
    @DisplayName("issue 17.2 R-EXEC-1 the bank books the refund and then times out: the job fails, its retry gets the first answer, one posting")
    void timeoutAfterPostingIsRetriedWithoutASecondPosting() {
        String ref = acceptedAndWaitingForTheBank(feeComplaint(), "REFUND", 800);
        bank.inject(Fault.TIMEOUT_AFTER_POSTING, 1);

        assertThatThrownBy(() -> managementService.executeJob(bankJob(ref, ISSUE_REFUND).getId()))
                .isInstanceOf(ResourceAccessException.class);
        assertThat(bank.postings(ref)).as("booked before the timeout").hasSize(1);
        assertThat(bankJob(ref, ISSUE_REFUND).getRetries()).as("left for a retry").isPositive();

        managementService.executeJob(bankJob(ref, ISSUE_REFUND).getId());
        cases.runJobs(ref);

        assertThat(bank.postings(ref)).singleElement().extracting(BookedPosting::amount).isEqualTo(CNY_800);
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    @Test
    @DisplayName("issue 17.2 R-EXEC-1 the bank answers 500 every time: the job's retries run out into an incident and nothing is posted")
    void serverErrorsEndInAnIncidentWithoutPosting() {
        String ref = acceptedAndWaitingForTheBank(feeComplaint(), "REFUND", 800);
        bank.inject(Fault.SERVER_ERROR, ENOUGH_ATTEMPTS);

        int attempts = failUntilNoRetriesLeft(ref, ISSUE_REFUND);

        assertThat(attempts).isGreaterThan(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(cases.process(ref).getId())
                .activityId(ISSUE_REFUND).count()).isEqualTo(1);
        assertThat(bank.postings(ref)).isEmpty();
        assertThat(cases.openTasks(ref)).isEmpty();
    }

    @Test
    @DisplayName("issue 17.2 R-EXEC-1 the bank receives the refund twice and answers the second delivery: one posting")
    void duplicateAnswerPostsOnce() {
        String ref = acceptedAndWaitingForTheBank(feeComplaint(), "REFUND", 800);
        bank.inject(Fault.DUPLICATE_ANSWER, 1);

        cases.runJobs(ref);

        assertThat(bank.postings(ref)).singleElement().extracting(BookedPosting::amount).isEqualTo(CNY_800);
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    @Test
    @DisplayName("issue 17.1 R-EXEC-1 the bank refuses the refund to a closed card: a handler task shows the bank's reason, nothing is posted, no retry")
    void refusalGoesToAHandlerWithTheBanksReason() {
        String account = "INST-2026-917001";
        bank.closeCard(account);
        String ref = acceptedAndWaitingForTheBank(with(feeComplaint(), "cardOrContractNumber", account), "REFUND", 800);
        int callsBefore = bank.callsReceived();

        cases.runJobs(ref);

        assertThat(cases.openTasks(ref)).containsExactly(HANDLE_CORE_BANKING_REFUSAL);
        assertThat(cases.variable(ref, Variables.CORE_BANKING_REFUSAL_REASON)).isEqualTo("CARD_CLOSED");
        assertThat((String) cases.variable(ref, Variables.CORE_BANKING_REFUSAL_MESSAGE)).contains("closed");
        assertThat(bank.callsReceived() - callsBefore).as("asked once, not retried").isEqualTo(1);
        assertThat(bank.postings(ref)).isEmpty();
        assertThat(managementService.createJobQuery().processInstanceId(cases.process(ref).getId()).withException().count())
                .isZero();

        cases.complete(ref, HANDLE_CORE_BANKING_REFUSAL, "handler", Map.of(Variables.CORE_BANKING_REFUSAL_NOTE,
                "The customer's card was replaced; refund agreed to the new card by the card centre."));

        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
        assertThat(cases.variable(ref, Variables.EXECUTED_BY)).isEqualTo("handler");
    }

    @Test
    @DisplayName("issue 17.1 R-EXEC-1 the bank refuses a fee waiver: the handler task shows the reason, nothing is posted")
    void refusedFeeWaiverGoesToAHandler() {
        String ref = acceptedAndWaitingForTheBank(feeComplaint(), "FEE_WAIVER", 128.5);
        bank.refuseNext("INSUFFICIENT_FUNDS");

        cases.runJobs(ref);

        assertThat(cases.openTasks(ref)).containsExactly(HANDLE_CORE_BANKING_REFUSAL);
        assertThat(cases.variable(ref, Variables.CORE_BANKING_REFUSAL_REASON)).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(bank.postings(ref)).isEmpty();
    }

    @Test
    @DisplayName("issue 17.1 R-EXEC-1 an approved fee waiver is booked at the bank as a fee waiver of the approved amount")
    void approvedFeeWaiverIsBookedAtTheBank() {
        String ref = acceptedAndWaitingForTheBank(feeComplaint(), "FEE_WAIVER", 128.5);

        cases.runJobs(ref);

        assertThat(bank.postings(ref)).singleElement().satisfies(posting -> {
            assertThat(posting.type()).isEqualTo("FEE_WAIVER");
            assertThat(posting.amount()).isEqualTo(new BigDecimal("128.50"));
        });
    }

    @Test
    @DisplayName("issue 17.1 a posting and its reversal: the account is back where it was, the same key reverses once, a second reversal is refused")
    void aReversalTakesThePostingBackOnce() {
        String account = "6222021234000011";
        CoreBanking.Posting credit = port.post("test-reversal-1:GOODWILL_CREDIT", new CoreBanking.PostingRequest(account,
                CoreBanking.PostingType.GOODWILL_CREDIT, new BigDecimal("66.00"), "TEST-REVERSAL-1", "goodwill"));

        CoreBanking.Posting reversal = port.reverse("test-reversal-1:REVERSAL", credit.postingId(), "TEST-REVERSAL-1", "wrong amount");
        CoreBanking.Posting again = port.reverse("test-reversal-1:REVERSAL", credit.postingId(), "TEST-REVERSAL-1", "wrong amount");

        assertThat(reversal.reverses()).isEqualTo(credit.postingId());
        assertThat(again.firstTime()).isFalse();
        assertThat(again.postingId()).isEqualTo(reversal.postingId());
        assertThat(bank.postings("TEST-REVERSAL-1")).extracting(BookedPosting::type).containsExactly("GOODWILL_CREDIT", "REVERSAL");
        assertThat(bank.account(account).orElseThrow().balance()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> port.reverse("test-reversal-1:REVERSAL-2", credit.postingId(), "TEST-REVERSAL-1", "again"))
                .isInstanceOfSatisfying(CoreBanking.Refusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("ALREADY_REVERSED"));
    }

    @Test
    @DisplayName("issue 17.1 a plan change sends the new schedule and gets a confirmation number; a settled plan cannot be changed")
    void planChangeAndEarlySettlement() {
        String contract = "INST-2026-917002";
        CoreBanking.Schedule schedule = new CoreBanking.Schedule(18, new BigDecimal("0.4500"), new BigDecimal("350.00"),
                java.time.LocalDate.of(2027, 1, 15));

        CoreBanking.PlanConfirmation changed = port.changePlan("test-plan-1:PLAN", contract, schedule, "TEST-PLAN-1");
        CoreBanking.PlanConfirmation settled = port.settleEarly("test-plan-1:SETTLE", contract, "TEST-PLAN-1");

        assertThat(changed.confirmationNumber()).startsWith("PLN-");
        assertThat(bank.planChanges("TEST-PLAN-1")).satisfiesExactly(
                change -> {
                    assertThat(change.confirmationNumber()).isEqualTo(changed.confirmationNumber());
                    assertThat(change.periods()).isEqualTo(18);
                    assertThat(change.amountPerPeriod()).isEqualTo(new BigDecimal("350.00"));
                    assertThat(change.firstDueDate()).isEqualTo(schedule.firstDueDate());
                },
                change -> assertThat(change.confirmationNumber()).isEqualTo(settled.confirmationNumber()));
        assertThatThrownBy(() -> port.changePlan("test-plan-1:PLAN-2", contract, schedule, "TEST-PLAN-1"))
                .isInstanceOfSatisfying(CoreBanking.Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo("PLAN_NOT_CHANGEABLE"));
    }

    @Test
    @DisplayName("issue 17.1 freezing, unfreezing a card and stopping its payments change the card's state at the bank, once per key")
    void cardMeasures() {
        String account = "6222021234000029";

        CoreBanking.CardMeasure frozen = port.cardMeasure("test-card-1:FREEZE", account, CoreBanking.Measure.FREEZE, "TEST-CARD-1", "fraud");
        port.cardMeasure("test-card-1:FREEZE", account, CoreBanking.Measure.FREEZE, "TEST-CARD-1", "fraud");
        CoreBanking.CardMeasure stopped = port.cardMeasure("test-card-1:STOP", account, CoreBanking.Measure.STOP_PAYMENT,
                "TEST-CARD-1", "fraud");
        CoreBanking.CardMeasure unfrozen = port.cardMeasure("test-card-1:UNFREEZE", account, CoreBanking.Measure.UNFREEZE,
                "TEST-CARD-1", "resolved");

        assertThat(frozen.cardState()).isEqualTo("FROZEN");
        assertThat(stopped.paymentsStopped()).isTrue();
        assertThat(unfrozen.cardState()).isEqualTo("ACTIVE");
        assertThat(bank.measures("TEST-CARD-1")).extracting(CoreBankingStandIn.Measure::measure)
                .containsExactly("FREEZE", "STOP_PAYMENT", "UNFREEZE");
    }

    @Test
    @DisplayName("issue 17.2 the stand-in takes no instruction without the desk's token: 401, nothing booked")
    void anInstructionWithoutTheTokenIsRefused() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + bank.port() + "/v1/postings"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "forged-1")
                .header("Authorization", "Bearer guessed")
                .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"6222021234000037\",\"type\":\"REFUND\","
                        + "\"amount\":\"9999.00\",\"currency\":\"CNY\",\"externalReference\":\"FORGED-1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(bank.postings("FORGED-1")).isEmpty();
    }

    /** A complaint investigated, its remedy proposed (and approved where needed) and accepted: the bank step's job waits. */
    private String acceptedAndWaitingForTheBank(Map<String, Object> complaint, String remedy, Number amount) {
        String ref = cases.submit(complaint);
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", remedy, amount);
        if (cases.task(ref, APPROVE_PROPOSAL) != null) {
            cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        cases.completeOnly(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        runJobsUpToTheBank(ref);
        assertThat(bankJob(ref, ISSUE_REFUND) != null || bankJob(ref, APPLY_FEE_WAIVER) != null).isTrue();
        return ref;
    }

    /** Runs the due jobs before the bank step (mails, listeners), leaving the bank step's job to the test. */
    private void runJobsUpToTheBank(String ref) {
        for (int round = 0; round < ENOUGH_ATTEMPTS; round++) {
            Date now = ClockUtil.getCurrentTime();
            List<Job> due = managementService.createJobQuery().processInstanceId(cases.process(ref).getId()).list().stream()
                    .filter(job -> !List.of(ISSUE_REFUND, APPLY_FEE_WAIVER).contains(activityOf(job)))
                    .filter(job -> job.getRetries() > 0 && (job.getDuedate() == null || !job.getDuedate().after(now)))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    private Job bankJob(String ref, String activityId) {
        return managementService.createJobQuery().processInstanceId(cases.process(ref).getId()).activityId(activityId)
                .singleResult();
    }

    /** Runs the step's job, as the job executor would after each wait, until its retries are used up. */
    private int failUntilNoRetriesLeft(String ref, String activityId) {
        int attempts = 0;
        while (bankJob(ref, activityId).getRetries() > 0 && attempts < ENOUGH_ATTEMPTS) {
            attempts++;
            try {
                managementService.executeJob(bankJob(ref, activityId).getId());
            } catch (RuntimeException failed) {
                // the job keeps its exception and one retry less
            }
        }
        return attempts;
    }
}
