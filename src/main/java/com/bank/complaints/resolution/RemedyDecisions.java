package com.bank.complaints.resolution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.bank.complaints.system.BusinessTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The remedy of a complaint as the bank decided it, an append-only record: each proposal, approval,
 * rejection, front-line decision (remedy-authority.dmn) and final solution of the expert panel is
 * a new row, never changed. Execution pays what the latest approval says, whatever the process
 * variables say by then; the rows run in the transaction of the task that decided them.
 */
@Service
public class RemedyDecisions {

    public static final String CURRENCY = "CNY";

    private final JdbcTemplate jdbc;
    private final BusinessTime time;

    RemedyDecisions(JdbcTemplate jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** What one row says: a step of deciding the remedy. */
    public enum Step {
        PROPOSED, APPROVED, REJECTED, FINAL_SOLUTION;

        boolean approves() {
            return this == APPROVED || this == FINAL_SOLUTION;
        }
    }

    /** One row of the record; {@code decidedBy} is the approver, the rejecter or the panel's supervisor. */
    public record RemedyDecision(long id, String reference, int round, Step step, String remedyType, BigDecimal amount,
            String currency, String details, String proposedBy, String decidedBy, String approvalLevel,
            Instant decidedAt) {
    }

    void propose(String reference, String remedyType, BigDecimal amount, String details, String proposedBy) {
        insert(reference, nextRound(reference), Step.PROPOSED, remedyType, amount, details, proposedBy, null, null);
    }

    /** Approves the round's proposal as proposed: the approver cannot change what is paid. */
    void approve(String reference, String approvedBy, String level) {
        RemedyDecision proposal = openProposal(reference);
        insert(reference, proposal.round(), Step.APPROVED, proposal.remedyType(), proposal.amount(), proposal.details(),
                proposal.proposedBy(), approvedBy, level);
    }

    void reject(String reference, String rejectedBy) {
        RemedyDecision proposal = openProposal(reference);
        insert(reference, proposal.round(), Step.REJECTED, proposal.remedyType(), proposal.amount(), proposal.details(),
                proposal.proposedBy(), rejectedBy, null);
    }

    /** The expert panel's final solution (R-RES-4), decided and so approved by the supervisor who issues it. */
    void finalSolution(String reference, String remedyType, BigDecimal amount, String details, String decidedBy) {
        insert(reference, nextRound(reference), Step.FINAL_SOLUTION, remedyType, amount, details, decidedBy, decidedBy,
                "EXPERT_PANEL");
    }

    /**
     * Issue 17.4: a correction after a failed dual review is a new round of the record, proposed by
     * operations and decided by a supervisor like the first remedy; money follows it only once approved.
     */
    public void proposeCorrection(String reference, String remedyType, BigDecimal amount, String details, String proposedBy) {
        propose(reference, remedyType, amount, details, proposedBy);
    }

    /** Issue 17.4: the supervisor's decision on the correction waiting in the record. */
    public void decideCorrection(String reference, String decidedBy, boolean approved) {
        if (approved) {
            approve(reference, decidedBy, ApprovalRecorder.SUPERVISOR);
        } else {
            reject(reference, decidedBy);
        }
    }

    /** Issue 17.4: the remedy approved last, even while a correction waits for its decision or was rejected. */
    public Optional<RemedyDecision> lastApproved(String reference) {
        return history(reference).stream().filter(decision -> decision.step().approves()).reduce((first, second) -> second);
    }

    /** The remedy approved last, unless a newer proposal waits for its decision. */
    public Optional<RemedyDecision> approved(String reference) {
        return latest(reference).filter(decision -> decision.step().approves());
    }

    /** Every row, oldest first. */
    public List<RemedyDecision> history(String reference) {
        return jdbc.query("SELECT * FROM remedy_decision WHERE reference = ? ORDER BY id", RemedyDecisions::row, reference);
    }

    private RemedyDecision openProposal(String reference) {
        return latest(reference).filter(decision -> decision.step() == Step.PROPOSED)
                .orElseThrow(() -> new IllegalStateException("Complaint " + reference + " has no proposal waiting for a decision"));
    }

    /** The newest row only: execution asks for the approved remedy several times per step. */
    private Optional<RemedyDecision> latest(String reference) {
        return jdbc.query("SELECT * FROM remedy_decision WHERE reference = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                RemedyDecisions::row, reference).stream().findFirst();
    }

    private int nextRound(String reference) {
        Integer last = jdbc.queryForObject("SELECT MAX(decision_round) FROM remedy_decision WHERE reference = ?",
                Integer.class, reference);
        return last == null ? 1 : last + 1;
    }

    private void insert(String reference, int round, Step step, String remedyType, BigDecimal amount, String details,
            String proposedBy, String decidedBy, String level) {
        jdbc.update("INSERT INTO remedy_decision (reference, decision_round, step, remedy_type, amount, currency, details, "
                + "proposed_by, decided_by, approval_level, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reference, round, step.name(), remedyType, amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP),
                CURRENCY, details, proposedBy, decidedBy, level, time.now().atOffset(ZoneOffset.UTC));
    }

    private static RemedyDecision row(ResultSet rs, int row) throws SQLException {
        return new RemedyDecision(rs.getLong("id"), rs.getString("reference"), rs.getInt("decision_round"),
                Step.valueOf(rs.getString("step")), rs.getString("remedy_type"), rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getString("details"), rs.getString("proposed_by"),
                rs.getString("decided_by"), rs.getString("approval_level"),
                rs.getObject("decided_at", java.time.OffsetDateTime.class).toInstant());
    }
}
