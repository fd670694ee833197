package com.bank.complaints.execution;

import java.util.ArrayList;
import java.util.List;

import com.bank.complaints.execution.CoreBanking.CardMeasure;
import com.bank.complaints.execution.CoreBanking.Measure;
import com.bank.complaints.execution.CoreBanking.Refusal;
import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.system.FieldError;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Service;

/**
 * R-TRIAGE-4: protective measures happen at the bank. What operations tick in "Apply protective measures" (freeze the
 * card, stop its payments) is instructed when they complete the task, before the customer is told; what the handler
 * decides for them when the case is resolved (lift or keep) is instructed when the feedback stage starts. Each
 * instruction has one idempotency key per complaint and measure, so a step run again never instructs twice, and the
 * bank's confirmations stay in bank_instruction (operation CARD_...), the audit of both calls.
 */
@Service
public class ProtectiveMeasures {

    public static final String LIFT = "LIFT";
    public static final String KEEP = "KEEP";
    private static final String OPERATION = "CARD_";

    private final CoreBanking bank;
    private final BankInstructions instructions;
    private final RemedyExecution remedies;

    ProtectiveMeasures(CoreBanking bank, BankInstructions instructions, RemedyExecution remedies) {
        this.bank = bank;
        this.instructions = instructions;
        this.remedies = remedies;
    }

    /**
     * Freezes the card and stops its payments as ticked. A refusal of the bank (e.g. the card is closed) refuses the
     * task with the bank's reason on the field, so the customer is never told of a measure that was not taken.
     */
    public void apply(CaseData data, String by) {
        List<FieldError> refused = new ArrayList<>();
        if (data.freezeCard()) {
            instruct(data.reference(), Measure.FREEZE, "applied by " + by, Variables.FREEZE_CARD, refused);
        }
        if (data.stopPayment()) {
            instruct(data.reference(), Measure.STOP_PAYMENT, "applied by " + by, Variables.STOP_PAYMENT, refused);
        }
        if (!refused.isEmpty()) {
            throw new FormFieldValidationException(refused, "The bank did not take the measure. " + refused);
        }
    }

    /** Lifts what was applied when the handler decided so at resolution; keeps it otherwise (the default). */
    public void atResolution(CaseData data) {
        if (!LIFT.equals(data.protectiveMeasuresAtResolution())) {
            return;
        }
        String reason = "lifted at resolution";
        if (applied(data.reference(), Measure.FREEZE)) {
            instruct(data.reference(), Measure.UNFREEZE, reason);
        }
        if (applied(data.reference(), Measure.STOP_PAYMENT)) {
            instruct(data.reference(), Measure.RESUME_PAYMENT, reason);
        }
    }

    private boolean applied(String reference, Measure measure) {
        return instructions.find(key(reference, measure)) != null;
    }

    private void instruct(String reference, Measure measure, String reason, String field, List<FieldError> refused) {
        try {
            instruct(reference, measure, reason);
        } catch (Refusal refusal) {
            refused.add(new FieldError(field, "the bank refused: " + refusal.reason() + " (" + refusal.bankMessage() + ")"));
        }
    }

    private void instruct(String reference, Measure measure, String reason) {
        String key = key(reference, measure);
        CardMeasure done = bank.cardMeasure(key, remedies.account(reference), measure, reference, reason);
        instructions.confirmed(reference, key, OPERATION + measure.name(), null, done.measureId(), reason);
    }

    private static String key(String reference, Measure measure) {
        return "measure-" + reference + ":" + measure.name();
    }
}
