package com.bank.complaints.execution;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.bank.complaints.ApprovedRemedies;
import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.bankstandin.CoreBankingStandIn.BookedPosting;
import com.bank.complaints.execution.CoreBanking.Posting;
import com.bank.complaints.execution.CoreBanking.PostingType;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** R-EXEC-1: money moves once per complaint and remedy at the bank (its books: the stand-in's), whatever retries, re-runs or races happen. */
@DeskTest
class RefundIdempotencyTest {

    private static final BigDecimal CNY_800 = new BigDecimal("800.00");
    private static final int THREADS = 8;

    @Autowired
    CaseDriver cases;
    @Autowired
    RemedyExecution remedies;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    CoreBankingStandIn bank;

    @Test
    @DisplayName("R-EXEC-1 the refund step run a second time for the same complaint posts one refund of 800.00 CNY at the bank")
    void refundStepRunTwicePostsOnce() {
        String ref = refundAccepted(800);
        assertThat(postings(ref)).hasSize(1);

        // the step runs again for the same complaint, as a job retried after its commit failed would
        runtimeService.createProcessInstanceModification(cases.process(ref).getId())
                .startBeforeActivity(ISSUE_REFUND)
                .execute();
        cases.runJobs(ref);

        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(cases.process(ref).getId())
                .activityId(ISSUE_REFUND).finished().count()).isEqualTo(2);
        assertThat(postings(ref)).singleElement().satisfies(posting -> {
            assertThat(posting.amount()).isEqualTo(CNY_800);
            assertThat(posting.type()).isEqualTo("REFUND");
            assertThat(posting.account()).isEqualTo("INST-2026-000731");
        });
    }

    @Test
    @DisplayName("R-EXEC-1 posting the refund of a complaint again returns the first posting and stores nothing new")
    void secondPostingReturnsTheFirst() {
        String ref = cases.submit(feeComplaint());
        ApprovedRemedies.approve(jdbc, ref, "REFUND", 800);

        Posting first = remedies.post(ref, PostingType.REFUND);
        Posting second = remedies.post(ref, PostingType.REFUND);

        assertThat(first.firstTime()).isTrue();
        assertThat(second.firstTime()).isFalse();
        assertThat(second.amount()).isEqualTo(first.amount()).isEqualTo(CNY_800);
        assertThat(second.idempotencyKey()).isEqualTo(first.idempotencyKey());
        assertThat(second.postingId()).isEqualTo(first.postingId());
        assertThat(postings(ref)).hasSize(1);
    }

    @Test
    @DisplayName("R-EXEC-1 a posting stays when the job's transaction fails after it, and the retried job does not post again")
    void postingSurvivesAFailedJobTransactionAndTheRetryDoesNotPostAgain() {
        String ref = cases.submit(feeComplaint());
        ApprovedRemedies.approve(jdbc, ref, "REFUND", 800);
        String processId = cases.process(ref).getId();

        // the first attempt: the refund is posted, then the job's own transaction fails and rolls back
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(jobTransaction -> {
            remedies.post(ref, PostingType.REFUND);
            runtimeService.setVariable(processId, Variables.EXECUTED_BY, "supervisor");
            throw new IllegalStateException("the job's commit failed");
        })).hasMessage("the job's commit failed");
        assertThat(runtimeService.getVariable(processId, Variables.EXECUTED_BY)).as("rolled back").isNull();
        assertThat(postings(ref)).hasSize(1);

        // the retry
        Posting retried = remedies.post(ref, PostingType.REFUND);

        assertThat(retried.firstTime()).isFalse();
        assertThat(retried.amount()).isEqualTo(CNY_800);
        assertThat(postings(ref)).hasSize(1);
    }

    @Test
    @DisplayName("R-EXEC-1 eight concurrent postings of the same refund are booked once at the bank")
    void concurrentPostingsStoreOneRow() throws Exception {
        String ref = cases.submit(feeComplaint());
        ApprovedRemedies.approve(jdbc, ref, "REFUND", 800);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Posting> postings = new ArrayList<>();
        try {
            List<Future<Posting>> results = new ArrayList<>();
            Callable<Posting> post = () -> {
                ready.countDown();
                go.await();
                return remedies.post(ref, PostingType.REFUND);
            };
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(post));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Posting> result : results) {
                postings.add(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(postings).filteredOn(Posting::firstTime).hasSize(1);
        assertThat(postings).extracting(Posting::amount).containsOnly(CNY_800);
        assertThat(postings(ref)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} CNY")
    @ValueSource(doubles = {0, -0.01, -800})
    @DisplayName("R-EXEC-1 a refund of zero or a negative amount is refused and nothing is posted")
    void zeroOrNegativeAmountIsRefused(double amount) {
        String ref = cases.submit(feeComplaint());
        ApprovedRemedies.approve(jdbc, ref, "REFUND", amount);

        assertThatThrownBy(() -> remedies.post(ref, PostingType.REFUND))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(postings(ref)).isEmpty();
    }

    /** A general fee complaint investigated, refunded by {@code amount} with approval, accepted: the refund has run. */
    private String refundAccepted(Number amount) {
        String ref = cases.submit(feeComplaint());
        cases.complete(ref, INVESTIGATE_COMPLAINT, "handler", Map.of(Variables.INVESTIGATION_NOTES,
                "Contract, ledger and call recording checked.", Variables.EVIDENCE_NEEDED, false));
        cases.complete(ref, RECORD_FINDING, "handler", Map.of(Variables.FINDING, "FACT_CLEAR",
                Variables.FINDING_SUMMARY, "The second installment fee was charged by a system fault."));
        Map<String, Object> proposal = new HashMap<>();
        proposal.put(Variables.REMEDY_TYPE, "REFUND");
        proposal.put(Variables.REMEDY_AMOUNT, amount);
        proposal.put(Variables.REMEDY_DETAILS, "As agreed with the customer by phone.");
        cases.complete(ref, PROPOSE_REMEDY, "handler", proposal);
        if (cases.task(ref, APPROVE_PROPOSAL) != null) {
            cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
        return ref;
    }

    private List<BookedPosting> postings(String ref) {
        return bank.postings(ref);
    }
}
