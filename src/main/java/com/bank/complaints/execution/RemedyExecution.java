package com.bank.complaints.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

import com.bank.complaints.carddata.CardVault;
import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.intake.NewComplaint;
import com.bank.complaints.ledger.CardAccountLedger;
import com.bank.complaints.ledger.CardAccountLedger.Posting;
import com.bank.complaints.ledger.CardAccountLedger.PostingType;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.notification.CustomerNotices;
import com.bank.complaints.system.BusinessTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Carries out approved remedies (R-EXEC-1). Money moves through the ledger with one idempotency
 * key per complaint and remedy, so a retried job never posts twice; an installment change is
 * prepared, and applied only once the customer has confirmed the supplementary agreement.
 */
@Service
public class RemedyExecution {

    private final CardAccountLedger ledger;
    private final ComplaintRepository complaints;
    private final CustomerNotices notices;
    private final JdbcTemplate jdbc;
    private final BusinessTime time;
    private final CardVault cards;

    RemedyExecution(CardAccountLedger ledger, ComplaintRepository complaints, CustomerNotices notices,
            JdbcTemplate jdbc, BusinessTime time, CardVault cards) {
        this.ledger = ledger;
        this.complaints = complaints;
        this.notices = notices;
        this.jdbc = jdbc;
        this.time = time;
        this.cards = cards;
    }

    public Posting post(String reference, PostingType type, Object remedyAmount) {
        Complaint complaint = complaint(reference);
        return ledger.post(type + ":" + reference, reference, account(complaint.details()), type,
                cny(remedyAmount), "Complaint " + reference + ": " + type.name().toLowerCase().replace('_', ' '));
    }

    /** Records the proposed plan change (once) and sends the agreement for the customer to confirm. */
    public void sendSupplementaryAgreement(String reference, Map<String, Object> variables) {
        Complaint complaint = complaint(reference);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM installment_change WHERE reference = ?", Long.class, reference) == 0) {
            jdbc.update("INSERT INTO installment_change (reference, contract_number, details) VALUES (?, ?, ?)",
                    reference, complaint.details().cardOrContractNumber(),
                    Objects.toString(variables.get(Variables.REMEDY_DETAILS), ""));
        }
        notices.supplementaryAgreement(reference, variables);
    }

    public void confirmAgreement(String reference) {
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

    private static BigDecimal cny(Object amount) {
        if (!(amount instanceof Number number)) {
            throw new IllegalStateException("The remedy has no amount");
        }
        return new BigDecimal(number.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
