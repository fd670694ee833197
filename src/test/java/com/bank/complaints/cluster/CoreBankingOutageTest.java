package com.bank.complaints.cluster;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.bankstandin.CoreBankingStandIn.Fault;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18.6, the core-banking system down or slow while complaints keep arriving at their remedies: a
 * node on PostgreSQL with its job executor running, people working complaints to approved refunds, fee
 * waivers and plan changes, and the bank (the stand-in) answering 500 to everything, or answering only
 * after the desk stopped waiting. Remedies wait (as incidents once the retries are spent), no customer is
 * told of a payment that did not happen, and once the bank is back each remedy is booked once and each
 * customer told once.
 */
class CoreBankingOutageTest {

    private static final int COMPLAINTS = 9;
    private static final int PEOPLE = 3;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final AtomicInteger CARDS = new AtomicInteger();

    private static PostgresDatabase db;
    private static Node node;
    private static CoreBankingStandIn bank;
    private static PeopleAtWork people;
    private static ManagementService management;
    private static RuntimeService runtime;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void nodeWithItsBank() throws Exception {
        db = PostgresDatabase.createOrSkip("bank_outage");
        node = Node.withProfiles(db, "bank-outage-node", "default,postgres",
                "--complaints.core-banking.read-timeout=PT" + READ_TIMEOUT.toSeconds() + "S",
                "--complaints.core-banking.stand-in.port=0");
        bank = node.bean(CoreBankingStandIn.class);
        people = new PeopleAtWork(node);
        management = node.bean(ManagementService.class);
        runtime = node.bean(RuntimeService.class);
        jdbc = node.bean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @AfterEach
    void bankBehavesAgain() {
        if (bank != null) {
            bank.clearFaults();
        }
    }

    @Test
    @DisplayName("issue 18.6 R-EXEC-1 the bank down under load: remedies end as incidents, nothing booked, no customer told; after the bank is back and operations retry, each booked once and told once")
    void bankDownUnderLoad() throws Exception {
        bank.inject(Fault.SERVER_ERROR, 1_000);
        int callsBefore = bank.callsReceived();
        Set<String> refs = driveToTheBank();

        // the step's retry cycle (minutes) passes: each failed attempt is due again at once
        await("every remedy waits as an incident").atMost(Duration.ofMinutes(3))
                .ignoreExceptionsInstanceOf(OptimisticLockingException.class).until(() -> {
            moneyJobs(refs, job -> job.getRetries() > 0 && job.getExceptionMessage() != null)
                    .forEach(job -> management.setJobDuedate(job.getId(), new Date()));
            return moneyJobs(refs, job -> job.getRetries() > 0).isEmpty()
                    && moneyJobs(refs, job -> job.getRetries() == 0).stream().map(Job::getProcessInstanceId).distinct().count()
                            == refs.size();
        });
        long incidents = refs.stream().mapToLong(ref -> runtime.createIncidentQuery()
                .processInstanceId(people.cases().process(ref).getId()).count()).sum();
        int refusedCalls = bank.callsReceived() - callsBefore;

        assertThat(incidents).as("one incident per remedy").isEqualTo(refs.size());
        assertThat(booked(refs)).as("nothing booked while the bank is down").isZero();
        assertNobodyToldOfAPayment(refs);

        bank.clearFaults();
        // operations press Retry on each incident in Cockpit: it runs at once
        moneyJobs(refs, job -> job.getRetries() == 0).forEach(job -> management.setJobRetries(job.getId(), 1));
        finishAndTell(refs);

        System.out.printf("core banking down: %d complaints to approved remedies, %d calls refused with 500, %d incidents, "
                + "then %d bookings, %d result notices%n", refs.size(), refusedCalls, incidents, booked(refs), resultNotices(refs));
        assertThat(booked(refs)).as("each remedy booked once after the bank is back").isEqualTo(refs.size());
        assertEachBookedOnce(refs);
        assertThat(resultNotices(refs)).as("each customer told once, after the booking").isEqualTo(refs.size());
    }

    @Test
    @DisplayName("issue 18.6 R-EXEC-1 the bank slow under load (answers after the desk stopped waiting): the booking stands, the retry gets the bank's first answer, each booked once, no customer told before")
    void bankSlowUnderLoad() throws Exception {
        bank.answerAfter(READ_TIMEOUT.plusSeconds(1));
        int replaysBefore = bank.replays();
        Set<String> refs = driveToTheBank();

        await("every remedy's first attempt timed out").atMost(Duration.ofMinutes(3))
                .conditionEvaluationListener(condition -> {
                    if (condition.getRemainingTimeInMS() < 1_000) {
                        System.out.println("bank steps: " + moneyJobs(refs, job -> true).stream().map(job -> job.getRetries()
                                + " " + job.getDuedate() + " " + job.getExceptionMessage()).toList());
                    }
                })
                .until(() -> moneyJobs(refs, CoreBankingOutageTest::timedOut).size() == refs.size());
        assertNobodyToldOfAPayment(refs);

        bank.answerAfter(Duration.ZERO);
        // the step's retry cycle (minutes) passes: each failed attempt is due again at once
        moneyJobs(refs, CoreBankingOutageTest::timedOut).forEach(job -> management.setJobDuedate(job.getId(), new Date()));
        finishAndTell(refs);

        int replays = bank.replays() - replaysBefore;
        System.out.printf("core banking slow: %d complaints, every first attempt timed out after %d s with the booking made, "
                + "%d retries answered with the first answer, %d bookings, %d result notices%n", refs.size(),
                READ_TIMEOUT.toSeconds(), replays, booked(refs), resultNotices(refs));
        assertThat(replays).as("retries answered with the bank's first answer").isGreaterThanOrEqualTo(refs.size());
        assertEachBookedOnce(refs);
        assertThat(resultNotices(refs)).isEqualTo(refs.size());
    }

    /** People work {@link #COMPLAINTS} complaints in parallel until their remedies go to the bank. */
    private Set<String> driveToTheBank() throws Exception {
        Set<String> refs = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (int i = 0; i < COMPLAINTS; i++) {
                String remedy = PeopleAtWork.REMEDIES.get(i % PeopleAtWork.REMEDIES.size());
                String card = String.format("INST-2026-8%05d", CARDS.incrementAndGet());
                done.add(pool.submit(() -> people.toTheBank(with(feeComplaint(), "cardOrContractNumber", card), remedy)));
            }
            for (Future<String> ref : done) {
                refs.add(ref.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        return refs;
    }

    /** Each complaint reaches its dual review, operations pass it, and the result notice goes out. */
    private void finishAndTell(Set<String> refs) {
        for (String ref : refs) {
            people.awaitTask(ref, Activities.DUAL_REVIEW);
            people.passDualReview(ref);
        }
        await("every result notice sent").atMost(Duration.ofMinutes(2)).until(() -> resultNotices(refs) == refs.size());
    }

    private void assertNobodyToldOfAPayment(Set<String> refs) {
        assertThat(resultNotices(refs)).as("result notices").isZero();
        for (String ref : refs) {
            assertThat(people.cases().openTasks(ref)).as("%s goes no further than the bank step", ref)
                    .doesNotContain(Activities.DUAL_REVIEW);
        }
    }

    private void assertEachBookedOnce(Set<String> refs) {
        for (String ref : refs) {
            assertThat(instructions(ref)).as("instructions booked for %s", ref)
                    .isEqualTo(1);
        }
    }

    private long booked(Set<String> refs) {
        return refs.stream().mapToLong(CoreBankingOutageTest::instructions).sum();
    }

    /** Postings and plan changes the bank booked for the complaint. */
    private static int instructions(String ref) {
        return bank.postings(ref).size() + bank.planChanges(ref).size();
    }

    private long resultNotices(Set<String> refs) {
        return refs.stream().mapToLong(ref -> jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE reference = ? "
                + "AND kind = 'NOTICE_result' AND medium = 'EMAIL' AND status = 'SENT'", Long.class, ref)).sum();
    }

    private static boolean timedOut(Job job) {
        return job.getExceptionMessage() != null && job.getExceptionMessage().contains("did not answer");
    }

    /** The bank-step jobs of these complaints that match. */
    private List<Job> moneyJobs(Set<String> refs, Predicate<Job> which) {
        Set<String> instances = ConcurrentHashMap.newKeySet();
        refs.forEach(ref -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).list().stream()
                .map(ProcessInstance::getId).forEach(instances::add));
        return PeopleAtWork.BANK_STEPS.stream().flatMap(step -> management.createJobQuery().activityId(step).list().stream())
                .filter(job -> instances.contains(job.getProcessInstanceId())).filter(which).toList();
    }
}
