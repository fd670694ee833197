package com.bank.complaints.resolution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.bank.complaints.system.BusinessTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The remedy of a complaint as the bank decided it, an append-only record: each proposal, approval,
 * rejection, front-line decision (remedy-authority.dmn), customer's choice and final solution of the
 * expert panel is a new row, never changed. Execution pays what the latest approval says, whatever the
 * process variables say by then; the rows run in the transaction of the task that decided them.
 * <p>
 * A proposal may offer up to {@value #MAX_OPTIONS} options (R-RES-1), kept in remedy_option beside its
 * PROPOSED row (which holds option 1). They are approved together as proposed; while the customer has
 * not chosen among several, nothing is approved to be carried out. The choice is a CHOSEN row copying
 * the chosen option, under the approval's approver: that row is what execution pays, under its own key.
 */
@Service
public class RemedyDecisions {

    public static final String CURRENCY = "CNY";
    public static final int MAX_OPTIONS = 3;
    /** Who chose through the signed link, in the record. */
    public static final String CUSTOMER = "customer";

    private final JdbcTemplate jdbc;
    private final BusinessTime time;

    RemedyDecisions(JdbcTemplate jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** What one row says: a step of deciding the remedy. */
    public enum Step {
        PROPOSED, APPROVED, REJECTED, CHOSEN, FINAL_SOLUTION;

        boolean approves() {
            return this == APPROVED || this == CHOSEN || this == FINAL_SOLUTION;
        }
    }

    /**
     * One row of the record; {@code decidedBy} is the approver, the rejecter or the panel's supervisor. A CHOSEN
     * row also says which option was chosen ({@code option}, from 1) and who recorded the choice ({@code chosenBy}:
     * {@value #CUSTOMER} through the signed link, or the handler).
     */
    public record RemedyDecision(long id, String reference, int round, Step step, String remedyType, BigDecimal amount,
            String currency, String details, String proposedBy, String decidedBy, String approvalLevel,
            Instant decidedAt, Integer option, String chosenBy) {
    }

    /** One option of a proposal, numbered from 1 as the customer sees it. */
    public record RemedyOption(int number, String remedyType, BigDecimal amount, String details) {
    }

    /**
     * The offer of the latest round as approved: the approval, its options, and the option chosen (null while
     * the customer has not chosen, or when there was nothing to choose).
     */
    public record Offer(RemedyDecision approval, List<RemedyOption> options, Integer chosen) {

        /** Several options: the customer must choose one before anything is carried out. */
        public boolean choiceNeeded() {
            return options.size() > 1;
        }

        /** The offered option a form or link names ("2"); empty when it names none of them. */
        public Optional<RemedyOption> option(String sent) {
            try {
                int number = sent == null ? 0 : Integer.parseInt(sent.strip());
                return options.stream().filter(option -> option.number() == number).findFirst();
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
    }

    /** Appends a proposal of one to {@value #MAX_OPTIONS} options; the first is the row's own remedy. */
    void propose(String reference, List<RemedyOption> options, String proposedBy) {
        int round = nextRound(reference);
        RemedyOption first = options.get(0);
        insert(reference, round, Step.PROPOSED, first.remedyType(), first.amount(), first.details(), proposedBy, null, null);
        for (RemedyOption option : options) {
            jdbc.update("INSERT INTO remedy_option (reference, decision_round, option_no, remedy_type, amount, currency, "
                    + "details) VALUES (?, ?, ?, ?, ?, ?, ?)", reference, round, option.number(), option.remedyType(),
                    cny(option.amount()), CURRENCY, option.details());
        }
    }

    /** The options of the proposal waiting for its decision. */
    List<RemedyOption> proposedOptions(String reference) {
        return options(openProposal(reference));
    }

    /**
     * Appends the choice among the approved options of the latest round: a CHOSEN row copying that option,
     * approved by whoever approved the offer. Refused when the round has no offer waiting for a choice (already
     * chosen, not approved, or a newer proposal) or no such option, so the first choice stands.
     */
    RemedyDecision choose(String reference, int number, String chosenBy) {
        RemedyDecision approval = latest(reference).filter(decision -> decision.step() == Step.APPROVED)
                .orElseThrow(() -> new IllegalStateException("Complaint " + reference + " has no offer waiting for a choice"));
        RemedyOption chosen = options(approval).stream().filter(option -> option.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Complaint " + reference + " was not offered option " + number));
        jdbc.update("INSERT INTO remedy_decision (reference, decision_round, step, remedy_type, amount, currency, details, "
                + "proposed_by, decided_by, approval_level, decided_at, option_no, chosen_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reference, approval.round(), Step.CHOSEN.name(), chosen.remedyType(), cny(chosen.amount()), CURRENCY,
                chosen.details(), approval.proposedBy(), approval.decidedBy(), approval.approvalLevel(),
                time.now().atOffset(ZoneOffset.UTC), number, chosenBy);
        return latest(reference).orElseThrow();
    }

    /** The offer of the latest round, once approved (by a supervisor, the front line or the expert panel). */
    public Optional<Offer> offer(String reference) {
        List<RemedyDecision> round = jdbc.query("SELECT * FROM remedy_decision WHERE reference = ? AND decision_round = "
                + "(SELECT MAX(decision_round) FROM remedy_decision WHERE reference = ?) ORDER BY id",
                RemedyDecisions::row, reference, reference);
        Integer chosen = round.stream().filter(decision -> decision.step() == Step.CHOSEN).findFirst()
                .map(RemedyDecision::option).orElse(null);
        return round.stream().filter(decision -> decision.step() == Step.APPROVED || decision.step() == Step.FINAL_SOLUTION)
                .findFirst().map(approval -> new Offer(approval, options(approval), chosen));
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
        propose(reference, List.of(new RemedyOption(1, remedyType, amount, details)), proposedBy);
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
        return history(reference).stream().filter(decision -> decision.step().approves())
                .filter(decision -> decision.step() != Step.APPROVED || options(decision).size() == 1)
                .reduce((first, second) -> second);
    }

    /**
     * The remedy approved last, unless a newer proposal waits for its decision or the customer has still to
     * choose among the approved options.
     */
    public Optional<RemedyDecision> approved(String reference) {
        return latest(reference).filter(decision -> decision.step().approves())
                .filter(decision -> decision.step() != Step.APPROVED || options(decision).size() == 1);
    }

    /** Per complaint given, the remedy approved last (issue 17.7: what a customer was granted across complaints). */
    public Map<String, RemedyDecision> lastApproved(Collection<String> references) {
        Map<String, RemedyDecision> last = new LinkedHashMap<>();
        if (references.isEmpty()) {
            return last;
        }
        // the customer's choice among approved options is what is paid, so a CHOSEN row counts as approved
        List<Object> arguments = new ArrayList<>(List.of(Step.APPROVED.name(), Step.CHOSEN.name(), Step.FINAL_SOLUTION.name()));
        arguments.addAll(references);
        jdbc.query("SELECT * FROM remedy_decision WHERE step IN (?, ?, ?) AND reference IN ("
                        + String.join(", ", Collections.nCopies(references.size(), "?")) + ") ORDER BY id",
                RemedyDecisions::row, arguments.toArray()).forEach(decision -> last.put(decision.reference(), decision));
        return last;
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

    /** The options of a proposal's round; a round recorded before options existed offers its row's remedy alone. */
    private List<RemedyOption> options(RemedyDecision decision) {
        List<RemedyOption> options = jdbc.query("SELECT * FROM remedy_option WHERE reference = ? AND decision_round = ? "
                + "ORDER BY option_no", (rs, row) -> new RemedyOption(rs.getInt("option_no"), rs.getString("remedy_type"),
                        rs.getBigDecimal("amount"), rs.getString("details")), decision.reference(), decision.round());
        return options.isEmpty()
                ? List.of(new RemedyOption(1, decision.remedyType(), decision.amount(), decision.details()))
                : options;
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
                reference, round, step.name(), remedyType, cny(amount), CURRENCY, details, proposedBy, decidedBy, level,
                time.now().atOffset(ZoneOffset.UTC));
    }

    private static BigDecimal cny(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static RemedyDecision row(ResultSet rs, int row) throws SQLException {
        return new RemedyDecision(rs.getLong("id"), rs.getString("reference"), rs.getInt("decision_round"),
                Step.valueOf(rs.getString("step")), rs.getString("remedy_type"), rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getString("details"), rs.getString("proposed_by"),
                rs.getString("decided_by"), rs.getString("approval_level"),
                rs.getObject("decided_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getObject("option_no", Integer.class), rs.getString("chosen_by"));
    }
}
