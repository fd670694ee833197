package com.bank.complaints.resolution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    static final double MAX_AMOUNT = 10_000_000;
    static final double MIN_POSTING = 0.005;

    private final RemedyDecisions decisions;

    ProposalRecorder(RemedyDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        checkRemedy(task);
        String proposer = TaskActor.primary(task);
        decisions.propose(task.getExecution().getProcessBusinessKey(), (String) task.getVariable(Variables.REMEDY_TYPE),
                amount(task), (String) task.getVariable(Variables.REMEDY_DETAILS), proposer);
        task.setVariable(Variables.PROPOSED_BY, proposer);
        task.setVariable(Variables.PROPOSAL_APPROVED, null);
        task.setVariable(Variables.APPROVED_BY, null);
        task.setVariable(Variables.CUSTOMER_ACCEPTED, null);
    }

    /** The amount the form recorded, exactly as entered (in CNY). */
    static BigDecimal amount(DelegateTask task) {
        Object amount = task.getVariable(Variables.REMEDY_AMOUNT);
        return amount == null ? null : new BigDecimal(amount.toString());
    }

    /** The remedy a task's form recorded must be one we know, with a sensible amount where money moves. */
    static void checkRemedy(DelegateTask task) {
        Object type = task.getVariable(Variables.REMEDY_TYPE);
        Object amount = task.getVariable(Variables.REMEDY_AMOUNT);
        List<FieldError> errors = new ArrayList<>();
        if (type == null || !REMEDIES.contains(type.toString())) {
            errors.add(new FieldError(Variables.REMEDY_TYPE, "must be one of " + REMEDIES));
        }
        boolean moneyMoves = type != null && MONEY_REMEDIES.contains(type.toString());
        if (amount != null && !(amount instanceof Number)) {
            errors.add(new FieldError(Variables.REMEDY_AMOUNT, "must be a number"));
        } else if (amount != null && (((Number) amount).doubleValue() < 0 || ((Number) amount).doubleValue() > MAX_AMOUNT)) {
            errors.add(new FieldError(Variables.REMEDY_AMOUNT, "must be between 0 and 10000000 CNY"));
        } else if (moneyMoves && (amount == null || ((Number) amount).doubleValue() < MIN_POSTING)) {
            errors.add(new FieldError(Variables.REMEDY_AMOUNT, "must be at least 0.01 CNY for " + type));
        }
        if (!errors.isEmpty()) {
            throw new FormFieldValidationException(errors, "The remedy was not accepted. " + errors);
        }
    }
}
