package com.bank.complaints.resolution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.TaskActor;
import com.bank.complaints.resolution.RemedyDecisions.RemedyOption;
import com.bank.complaints.system.FieldError;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Task_ProposeRemedy, on complete (R-RES-1): checks the proposal on the server (the form checks
 * only in the browser), appends it to the remedy record with its proposer, and clears the previous
 * round's approval and customer answer. A proposal offers one to three options for the customer to
 * choose from: option 1 in remedyType / remedyAmount / remedyDetails, options 2 and 3 in option2Type...
 * (an option 3 without an option 2 is not offered); each is checked as a remedy and named by its fields
 * when refused.
 */
@Component("proposalRecorder")
class ProposalRecorder implements TaskListener {

    static final Set<String> REMEDIES = Set.of("REFUND", "FEE_WAIVER", "EARLY_SETTLEMENT", "INSTALLMENT_CHANGE",
            "POINTS_GOODWILL", "EXPLANATION_ONLY");
    static final Set<String> MONEY_REMEDIES = Set.of("REFUND", "FEE_WAIVER", "POINTS_GOODWILL");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    static final BigDecimal MIN_POSTING = new BigDecimal("0.005");

    private final RemedyDecisions decisions;

    ProposalRecorder(RemedyDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        List<RemedyOption> options = checkOptions(task);
        String proposer = TaskActor.primary(task);
        CaseData data = CaseData.of(task);
        decisions.propose(data.reference(), options, proposer);
        data.newProposal(proposer);
    }

    /** The remedy a task's form recorded (option 1) must be one we know, with a sensible amount where money moves. */
    static void checkRemedy(DelegateTask task) {
        List<FieldError> errors = new ArrayList<>();
        option(CaseData.of(task), 1, errors);
        refuseIf(errors);
    }

    /** Every option the proposal offers, checked; 400 naming each wrong field. */
    private static List<RemedyOption> checkOptions(DelegateTask task) {
        CaseData data = CaseData.of(task);
        List<FieldError> errors = new ArrayList<>();
        List<RemedyOption> options = new ArrayList<>();
        options.add(option(data, 1, errors));
        // the options end at the first one left empty, as the form hides option 3 until option 2 is chosen
        for (int n = 2; n <= RemedyDecisions.MAX_OPTIONS && data.optionType(n) != null; n++) {
            options.add(option(data, n, errors));
        }
        refuseIf(errors);
        return options;
    }

    private static RemedyOption option(CaseData data, int n, List<FieldError> errors) {
        String type = data.optionType(n);
        String typeField = Variables.OPTION_TYPES.get(n - 1);
        String amountField = Variables.OPTION_AMOUNTS.get(n - 1);
        // what the form sent, before it is read as an amount
        Object sent = data.optionAmountSent(n);
        BigDecimal amount = sent instanceof Number ? CaseData.decimal(sent) : null;
        if (type == null || !REMEDIES.contains(type)) {
            errors.add(new FieldError(typeField, "must be one of " + REMEDIES));
        }
        boolean moneyMoves = type != null && MONEY_REMEDIES.contains(type);
        if (sent != null && amount == null) {
            errors.add(new FieldError(amountField, "must be a number"));
        } else if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0)) {
            errors.add(new FieldError(amountField, "must be between 0 and 10000000 CNY"));
        } else if (moneyMoves && (amount == null || amount.compareTo(MIN_POSTING) < 0)) {
            errors.add(new FieldError(amountField, "must be at least 0.01 CNY for " + type));
        }
        return new RemedyOption(n, type, amount, data.optionDetails(n));
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new FormFieldValidationException(errors, "The remedy was not accepted. " + errors);
        }
    }
}
