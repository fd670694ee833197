package com.bank.complaints.execution;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Objects;

import com.bank.complaints.carddata.CardVault;
import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.intake.NewComplaint;
import com.bank.complaints.ledger.CardAccountLedger;
import com.bank.complaints.ledger.CardAccountLedger.Posting;
import com.bank.complaints.ledger.CardAccountLedger.PostingType;
import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.notification.CustomerNotices;
import com.bank.complaints.resolution.RemedyDecisions;
import com.bank.complaints.resolution.RemedyDecisions.RemedyDecision;
import com.bank.complaints.system.BusinessTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Carries out approved remedies (R-EXEC-1). Money moves through the ledger as the remedy record
 * approved it, with one idempotency key per approved remedy, so a retried job never posts twice; an installment change is
 * prepared, and applied only once the customer has confirmed the supplementary agreement.
 */
@Service
public class RemedyExecution {

    private final CardAccountLedger ledger;
    private final ComplaintRepository complaints;
    private final CustomerNotices notices;
    private final JdbcTemplate jdbc;
    private final BusinessTime time;
    private final RemedyDecisions decisions;
    private final CardVault cards;

    RemedyExecution(CardAccountLedger ledger, ComplaintRepository complaints, CustomerNotices notices,
            JdbcTemplate jdbc, BusinessTime time, RemedyDecisions decisions, CardVault cards) {
        this.decisions = decisions;
        this.ledger = ledger;
        this.complaints = complaints;
        this.notices = notices;
        this.jdbc = jdbc;
        this.time = time;
        this.cards = cards;
    }

    /**
     * Posts the approved remedy of the complaint as the remedy record says, under one idempotency key
     * per approved remedy; no process variable is read, so none can change what is paid.
     */
    public Posting post(String reference, PostingType type) {
        RemedyDecision approved = approved(reference);
        if (!type.name().equals(approved.remedyType())) {
            throw new IllegalStateException("Complaint " + reference + " has no approved " + type + " to post; the approved remedy is "
                    + approved.remedyType() + " " + approved.amount());
        }
        Complaint complaint = complaint(reference);
        return ledger.post(idempotencyKey(approved, type), reference, account(complaint.details()), type,
                approved.amount(), "Complaint " + reference + ": " + type.name().toLowerCase().replace('_', ' '));
    }

    /** One key per approved remedy and kind of posting: a retry, a re-run or a second node finds the first posting. */
    static String idempotencyKey(RemedyDecision approved, PostingType type) {
        return "remedy-" + approved.id() + ":" + type;
    }

    /** The approved remedy of the complaint; without one nothing is carried out. */
    public RemedyDecision approved(String reference) {
        return decisions.approved(reference)
                .orElseThrow(() -> new IllegalStateException("Complaint " + reference + " has no approved remedy"));
    }

    /** Records the proposed plan change (once) and sends the agreement for the customer to confirm. */
    public void sendSupplementaryAgreement(CaseData data) {
        String reference = data.reference();
        Complaint complaint = complaint(reference);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM installment_change WHERE reference = ?", Long.class, reference) == 0) {
            jdbc.update("INSERT INTO installment_change (reference, contract_number, details) VALUES (?, ?, ?)",
                    reference, complaint.details().cardOrContractNumber(),
                    Objects.toString(data.remedyDetails(), ""));
        }
        notices.supplementaryAgreement(data);
    }

    void confirmAgreement(String reference) {
        jdbc.update("UPDATE installment_change SET confirmed_at = ? WHERE reference = ? AND confirmed_at IS NULL",
                time.now().atOffset(ZoneOffset.UTC), reference);
    }

    /** Applies a confirmed plan change; applying it again changes nothing. */
    public void applyInstallmentChange(String reference) {
        int confirmed = jdbc.queryForObject(
                "SELECT COUNT(*) FROM installment_change WHERE reference = ? AND confirmed_at IS NOT NULL", Integer.class,
                reference);
        if (confirmed == 0) {
            throw new IllegalStateException("The supplementary agreement of " + reference + " is not confirmed");
        }
        jdbc.update("UPDATE installment_change SET applied_at = ? WHERE reference = ? AND applied_at IS NULL",
                time.now().atOffset(ZoneOffset.UTC), reference);
    }

    /** The card account's full number, decrypted for the posting alone (PCI DSS 3.4), or the contract number. */
    private String account(NewComplaint details) {
        return details.cardNumberEncrypted() == null ? details.cardOrContractNumber()
                : cards.decrypt(details.cardNumberEncrypted());
    }

    private Complaint complaint(String reference) {
        return complaints.require(reference);
    }

}
