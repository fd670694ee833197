package com.bank.complaints.resolution;

import java.util.List;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.TaskActor;
import com.bank.complaints.resolution.RemedyDecisions.Offer;
import com.bank.complaints.resolution.RemedyDecisions.RemedyDecision;
import com.bank.complaints.resolution.RemedyDecisions.RemedyOption;
import com.bank.complaints.system.FieldError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Records which option the customer chose (R-RES-1), in the same transaction as their acceptance: on
 * Task_RecordCustomerDecision's completion (the handler records it) and as Event_CustomerDecided takes the
 * customer's answer from the signed link. An acceptance of an offer with several options must name one of
 * them (chosenOption, "1" to "3"), else it is refused with 400 naming the field and nothing is stored; the
 * choice is appended to the remedy record as a CHOSEN row, which is what execution pays, and the remedy
 * variables show that option from then on. An offer of one option needs no choice and records none.
 */
@Component("customerChoiceRecorder")
class CustomerChoiceRecorder implements TaskListener, ExecutionListener {

    private final RemedyDecisions decisions;

    CustomerChoiceRecorder(RemedyDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        record(CaseData.of(task), TaskActor.primary(task));
    }

    @Override
    public void notify(DelegateExecution execution) {
        record(CaseData.of(execution), RemedyDecisions.CUSTOMER);
    }

    private void record(CaseData data, String chooser) {
        if (!data.customerAccepted()) {
            return;
        }
        Offer offer = decisions.offer(data.reference())
                .orElseThrow(() -> new IllegalStateException("Complaint " + data.reference() + " has no approved offer"));
        String sent = data.chosenOption();
        Integer number = offer.option(sent).map(RemedyOption::number).orElse(null);
        if (number == null && (sent != null || offer.choiceNeeded())) {
            FieldError error = new FieldError(Variables.CHOSEN_OPTION, "must be one of the offered options 1 to "
                    + offer.options().size());
            throw new FormFieldValidationException(List.of(error),
                    "The customer's choice was not accepted: " + error.field() + " " + error.message());
        }
        if (offer.choiceNeeded()) {
            RemedyDecision chosen = decisions.choose(data.reference(), number, chooser);
            data.remedy(chosen.remedyType(), chosen.amount(), chosen.details());
        }
    }
}
