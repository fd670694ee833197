package com.bank.complaints.cluster;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agent, handlers, supervisor, operations and the customer working complaints on a node while job
 * executors (of this node or others on the same database) run every asynchronous step in between: each
 * step waits for its task to appear, as a person in Tasklist would, and never runs a job itself.
 */
final class PeopleAtWork {

    /** The remedies that move money or a plan at the bank, as {@link #toTheBank} proposes them. */
    static final List<String> REMEDIES = List.of("REFUND", "FEE_WAIVER", "INSTALLMENT_CHANGE");
    /** The steps that instruct the bank: where the people's work of {@link #toTheBank} ends and the nodes' begins. */
    static final List<String> BANK_STEPS = List.of(Activities.ISSUE_REFUND, Activities.APPLY_FEE_WAIVER,
            Activities.APPLY_INSTALLMENT_CHANGE);

    private static final Duration STEP = Duration.ofMinutes(3);

    private final Desk desk;
    private final CaseDriver cases;
    private final CustomerResponses customer;
    private final JdbcTemplate jdbc;

    PeopleAtWork(Node node) {
        this.desk = new Desk(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + node.port())),
                node.bean(RuntimeService.class), node.bean(ManagementService.class));
        this.cases = new CaseDriver(desk, node.bean(TaskService.class), node.bean(IdentityService.class),
                node.bean(ManagementService.class), node.bean(RuntimeService.class));
        this.customer = node.bean(CustomerResponses.class);
        this.jdbc = node.bean(JdbcTemplate.class);
    }

    /**
     * Registers the complaint and works it until its approved remedy goes to the bank: investigation, the
     * remedy proposed (a plan change with its new schedule), approved where the rules ask a supervisor,
     * accepted by the customer, and for a plan change the agreement confirmed. Returns the reference.
     */
    String toTheBank(Map<String, Object> complaint, String remedy) {
        String ref = desk.accepted(complaint);
        complete(ref, Activities.INVESTIGATE_COMPLAINT, "handler", Map.of(
                Variables.INVESTIGATION_NOTES, "Contract, ledger and call recording checked.", Variables.EVIDENCE_NEEDED, false));
        complete(ref, Activities.RECORD_FINDING, "handler", Map.of(Variables.FINDING, "FACT_CLEAR",
                Variables.FINDING_SUMMARY, "The second installment fee was charged by a system fault."));
        boolean planChange = "INSTALLMENT_CHANGE".equals(remedy);
        Map<String, Object> proposal = new HashMap<>();
        proposal.put(Variables.REMEDY_TYPE, remedy);
        proposal.put(Variables.REMEDY_AMOUNT, planChange ? null : 128.5);
        proposal.put(Variables.REMEDY_DETAILS, "As agreed with the customer by phone."
                + (planChange ? " New schedule: " + CaseDriver.NEW_SCHEDULE + "." : ""));
        complete(ref, Activities.PROPOSE_REMEDY, "handler", proposal);
        within(ref, "waits for an approval or the customer's decision", () -> cases.task(ref, Activities.APPROVE_PROPOSAL) != null
                || cases.task(ref, Activities.RECORD_CUSTOMER_DECISION) != null);
        if (cases.task(ref, Activities.APPROVE_PROPOSAL) != null) {
            complete(ref, Activities.APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        complete(ref, Activities.RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        if (planChange) {
            within(ref, "waits for the signed agreement", () -> customer.confirmAgreement(ref));
        }
        return ref;
    }

    /** Waits until the complaint's task of {@code activity} is open. */
    void awaitTask(String ref, String activity) {
        within(ref, "reaches " + activity, () -> cases.task(ref, activity) != null);
    }

    /** Operations check the executed remedy and pass it (R-EXEC-2). */
    void passDualReview(String ref) {
        complete(ref, Activities.DUAL_REVIEW, "ops", Map.of(Variables.REVIEW_PASSED, true,
                Variables.REVIEW_NOTES, "Amount and notice checked."));
    }

    CaseDriver cases() {
        return cases;
    }

    /**
     * Claims and completes the task as {@code user} once it is there. A job in the same case may change it
     * at the same moment (the engine then refuses the completion as stale), as it may in Tasklist: the
     * person tries again.
     */
    private void complete(String ref, String activity, String user, Map<String, Object> variables) {
        within(ref, "completes " + activity, () -> {
            if (cases.task(ref, activity) == null) {
                return false;
            }
            cases.completeOnly(ref, activity, user, variables);
            return true;
        });
    }

    private void within(String ref, String what, BooleanSupplier condition) {
        try {
            await(what).atMost(STEP).pollInterval(Duration.ofMillis(100))
                    .ignoreExceptionsMatching(PeopleAtWork::staleCase).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException stuck) {
            throw new AssertionError(ref + " " + what + " within " + STEP + "; its jobs: " + jdbc.queryForList(
                    "SELECT d.ACT_ID_ || ' retries ' || j.RETRIES_ || ' due ' || COALESCE(CAST(j.DUEDATE_ AS VARCHAR), '-') "
                    + "|| ' lock ' || COALESCE(j.LOCK_OWNER_, '-') || ' ' || COALESCE(j.EXCEPTION_MSG_, '') FROM ACT_RU_JOB j "
                    + "JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_ "
                    + "WHERE e.BUSINESS_KEY_ = ?", String.class, ref) + "; waiting at: " + jdbc.queryForList(
                    "SELECT a.ACT_ID_ FROM ACT_RU_EXECUTION a JOIN ACT_RU_EXECUTION e ON e.ID_ = a.PROC_INST_ID_ "
                    + "WHERE e.BUSINESS_KEY_ = ? AND a.ACT_ID_ IS NOT NULL", String.class, ref), stuck);
        }
    }

    /** The case changed between reading it and acting on it: Camunda's optimistic lock, or a scope gone meanwhile. */
    private static boolean staleCase(Throwable failure) {
        return failure instanceof OptimisticLockingException || failure instanceof ProcessEngineException
                && String.valueOf(failure.getMessage()).contains("deleted in the meantime");
    }
}
