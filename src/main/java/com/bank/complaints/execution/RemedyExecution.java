package com.bank.complaints.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.bank.complaints.carddata.CardVault;
import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.intake.NewComplaint;
import com.bank.complaints.execution.CoreBanking.PlanConfirmation;
import com.bank.complaints.execution.CoreBanking.Posting;
import com.bank.complaints.execution.CoreBanking.PostingRequest;
import com.bank.complaints.execution.CoreBanking.PostingType;
import com.bank.complaints.execution.CoreBanking.Schedule;
import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.notification.CustomerNotices;
import com.bank.complaints.resolution.RemedyDecisions;
import com.bank.complaints.resolution.RemedyDecisions.RemedyDecision;
import com.bank.complaints.system.BusinessTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Carries out approved remedies (R-EXEC-1). Money moves at the bank, through the core-banking port, as
 * the remedy record approved it, with one idempotency key per approved remedy step, so a retried job
 * never posts twice; an installment change is prepared, and applied only once the customer has
 * confirmed the supplementary agreement. What the bank confirmed is kept in bank_instruction.
 */
@Service
public class RemedyExecution {

    /** The bank instruction of an installment change (operation in bank_instruction, step of the idempotency key). */
    static final String PLAN_CHANGE = "PLAN_SCHEDULE_CHANGE";
    /** The remedies that move money, so a correction of them is a new approved amount. */
    private static final List<String> MONEY = List.of(PostingType.REFUND.name(), PostingType.FEE_WAIVER.name());

    private final CoreBanking bank;
    private final BankInstructions instructions;
    private final ComplaintRepository complaints;
    private final CustomerNotices notices;
    private final JdbcTemplate jdbc;
    private final BusinessTime time;
    private final RemedyDecisions decisions;
    private final CardVault cards;

    RemedyExecution(CoreBanking bank, BankInstructions instructions, ComplaintRepository complaints, CustomerNotices notices,
            JdbcTemplate jdbc, BusinessTime time, RemedyDecisions decisions, CardVault cards) {
        this.decisions = decisions;
        this.bank = bank;
        this.instructions = instructions;
        this.complaints = complaints;
        this.notices = notices;
        this.jdbc = jdbc;
        this.time = time;
        this.cards = cards;
    }

    /**
     * Posts the approved remedy of the complaint as the remedy record says, under one idempotency key
     * per approved remedy; no process variable is read, so none can change what is paid. A refusal of
     * the bank is thrown as {@link CoreBanking.Refusal}, a transport failure as it is.
     */
    public Posting post(String reference, PostingType type) {
        RemedyDecision approved = approved(reference);
        if (!type.name().equals(approved.remedyType())) {
            throw new IllegalStateException("Complaint " + reference + " has no approved " + type + " to post; the approved remedy is "
                    + approved.remedyType() + " " + approved.amount());
        }
        BigDecimal cny = approved.amount() == null ? null : approved.amount().setScale(2, RoundingMode.HALF_UP);
        if (cny == null || cny.signum() <= 0) {
            throw new IllegalArgumentException("A " + type + " posting needs a positive amount in fen, got " + approved.amount());
        }
        String key = idempotencyKey(approved, type.name());
        String description = "Complaint " + reference + ": " + type.name().toLowerCase().replace('_', ' ');
        Posting posting = bank.post(key, new PostingRequest(account(reference), type, cny, reference,
                description));
        instructions.confirmed(reference, key, type.name(), posting.amount(), posting.postingId(), description);
        return posting;
    }

    /** One key per approved remedy and step (REFUND, PLAN_SCHEDULE_CHANGE...): a retry, a re-run or a second node finds the first answer. */
    static String idempotencyKey(RemedyDecision approved, String step) {
        return "remedy-" + approved.id() + ":" + step;
    }

    /**
     * Issue 17.4: operations' corrected amount of a refund or fee waiver becomes a new proposal of
     * the same remedy in the record; false (nothing recorded) for any other remedy, corrected by hand.
     */
    boolean proposeCorrection(String reference, BigDecimal amount, String note, String proposedBy) {
        RemedyDecision earlier = lastApproved(reference);
        if (!MONEY.contains(earlier.remedyType())) {
            return false;
        }
        decisions.proposeCorrection(reference, earlier.remedyType(), amount, Objects.toString(note, earlier.details()), proposedBy);
        return true;
    }

    void decideCorrection(String reference, String supervisor, boolean approved) {
        decisions.decideCorrection(reference, supervisor, approved);
    }

    /**
     * Issue 17.4: reverses every posting of the remedy made under an earlier approval, posts the
     * approved correction (each under a key of the correction's approval, so a retry moves nothing
     * twice) and tells the customer the corrected result.
     */
    public void applyCorrection(CaseData data) {
        String reference = data.reference();
        RemedyDecision correction = approved(reference);
        PostingType type = PostingType.valueOf(correction.remedyType());
        String correctedKey = idempotencyKey(correction, type.name());
        List<BankInstructions.Instruction> confirmed = instructions.of(reference);
        for (BankInstructions.Instruction earlier : confirmed) {
            String reversalKey = idempotencyKey(correction, "REVERSAL-" + earlier.bankId());
            boolean reversedBefore = confirmed.stream().anyMatch(i -> i.idempotencyKey().endsWith(":REVERSAL-" + earlier.bankId()));
            if (earlier.operation().equals(type.name()) && !earlier.idempotencyKey().equals(correctedKey) && !reversedBefore) {
                Posting reversal = bank.reverse(reversalKey, earlier.bankId(), reference,
                        "Complaint " + reference + ": correction after the dual review");
                instructions.confirmed(reference, reversalKey, PostingType.REVERSAL.name(), reversal.amount(),
                        reversal.postingId(), "reverses " + earlier.bankId());
            }
        }
        post(reference, type);
        data.remedy(correction.remedyType(), correction.amount(), correction.details());
        notices.correctedResult(data, correction.id());
    }

    private RemedyDecision lastApproved(String reference) {
        return decisions.lastApproved(reference)
                .orElseThrow(() -> new IllegalStateException("Complaint " + reference + " has no approved remedy"));
    }

    /** The approved remedy of the complaint; without one nothing is carried out. */
    public RemedyDecision approved(String reference) {
        return decisions.approved(reference)
                .orElseThrow(() -> new IllegalStateException("Complaint " + reference + " has no approved remedy"));
    }

    /**
     * Records the plan change as approved (once), with the new schedule the approved details state,
     * and sends the agreement, which shows that schedule, for the customer to confirm. An approved
     * installment change without a schedule cannot be offered for signature: the step fails into an incident.
     */
    public void sendSupplementaryAgreement(CaseData data) {
        String reference = data.reference();
        RemedyDecision approved = approved(reference);
        Schedule schedule = InstallmentSchedule.in(approved.details()).orElseThrow(() -> new IllegalStateException(
                "The approved installment change of " + reference + " (decision " + approved.id()
                        + ") states no schedule; its details must say " + InstallmentSchedule.FORMAT));
        Complaint complaint = complaint(reference);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM installment_change WHERE reference = ?", Long.class, reference) == 0) {
            jdbc.update("INSERT INTO installment_change (reference, contract_number, details, periods, fee_rate, "
                    + "amount_per_period, first_due_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    reference, complaint.details().cardOrContractNumber(), Objects.toString(approved.details(), ""),
                    schedule.periods(), schedule.feeRate(), schedule.amountPerPeriod(), schedule.firstDueDate());
        }
        notices.supplementaryAgreement(data, InstallmentSchedule.shown(schedule));
    }

    void confirmAgreement(String reference) {
        jdbc.update("UPDATE installment_change SET confirmed_at = ? WHERE reference = ? AND confirmed_at IS NULL",
                time.now().atOffset(ZoneOffset.UTC), reference);
    }

    /**
     * Sends the schedule the customer confirmed to the bank, once per approved remedy, and keeps the
     * bank's confirmation number; applying it again changes nothing. Never before the confirmation.
     */
    public PlanConfirmation applyInstallmentChange(String reference) {
        List<Map<String, Object>> confirmed = jdbc.queryForList("SELECT periods, fee_rate, amount_per_period, first_due_date "
                + "FROM installment_change WHERE reference = ? AND confirmed_at IS NOT NULL", reference);
        if (confirmed.isEmpty()) {
            throw new IllegalStateException("The supplementary agreement of " + reference + " is not confirmed");
        }
        Map<String, Object> row = confirmed.get(0);
        Schedule schedule = new Schedule(((Number) row.get("PERIODS")).intValue(), (BigDecimal) row.get("FEE_RATE"),
                (BigDecimal) row.get("AMOUNT_PER_PERIOD"), localDate(row.get("FIRST_DUE_DATE")));
        String key = idempotencyKey(approved(reference), PLAN_CHANGE);
        PlanConfirmation confirmation = bank.changePlan(key, account(reference), schedule, reference);
        instructions.confirmed(reference, key, PLAN_CHANGE, null, confirmation.confirmationNumber(),
                InstallmentSchedule.shown(schedule));
        jdbc.update("UPDATE installment_change SET applied_at = ?, bank_confirmation = ? WHERE reference = ? AND applied_at IS NULL",
                time.now().atOffset(ZoneOffset.UTC), confirmation.confirmationNumber(), reference);
        return confirmation;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The card account's full number, decrypted for the posting alone (PCI DSS 3.4), or the contract number. */
    String account(String reference) {
        NewComplaint details = complaint(reference).details();
        return details.cardNumberEncrypted() == null ? details.cardOrContractNumber()
                : cards.decrypt(details.cardNumberEncrypted());
    }

    private Complaint complaint(String reference) {
        return complaints.require(reference);
    }

}
