package com.bank.complaints.resolution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.TaskActor;
import com.bank.complaints.system.FieldError;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Task_ProposeRemedy, on complete (R-RES-1): checks the proposal on the server (the form checks
 * only in the browser), appends it to the remedy record with its proposer, and clears the previous
 * round's approval and customer answer.
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
        checkRemedy(task);
        String proposer = TaskActor.primary(task);
        CaseData data = CaseData.of(task);
        decisions.propose(data.reference(), data.remedyType(), data.remedyAmount(), data.remedyDetails(), proposer);
        data.newProposal(proposer);
    }

    /** The remedy a task's form recorded must be one we know, with a sensible amount where money moves. */
    static void checkRemedy(DelegateTask task) {
        String type = CaseData.of(task).remedyType();
        // what the form sent, before it is read as an amount
        Object sent = task.getVariable(Variables.REMEDY_AMOUNT);
        BigDecimal amount = sent instanceof Number ? CaseData.decimal(sent) : null;
        List<FieldError> errors = new ArrayList<>();
        if (type == null || !REMEDIES.contains(type)) {
            errors.add(new FieldError(Variables.REMEDY_TYPE, "must be one of " + REMEDIES));
        }
        boolean moneyMoves = type != null && MONEY_REMEDIES.contains(type);
        if (sent != null && amount == null) {
            errors.add(new FieldError(Variables.REMEDY_AMOUNT, "must be a number"));
        } else if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0)) {
            errors.add(new FieldError(Variables.REMEDY_AMOUNT, "must be between 0 and 10000000 CNY"));
        } else if (moneyMoves && (amount == null || amount.compareTo(MIN_POSTING) < 0)) {
            errors.add(new FieldError(Variables.REMEDY_AMOUNT, "must be at least 0.01 CNY for " + type));
        }
        if (!errors.isEmpty()) {
            throw new FormFieldValidationException(errors, "The remedy was not accepted. " + errors);
        }
    }
}
