package com.bank.complaints.customer;

import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Messages;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Hands a customer's answer to the waiting complaint process as a message. An answer that no
 * process waits for (already given, or the wait is over) is reported as not taken, never an error.
 */
@Service
public class CustomerResponses {

    private final RuntimeService runtimeService;

    CustomerResponses(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** The customer's answer to the offer of the given round; an older offer's answer is not taken. */
    public boolean decideOnOffer(String reference, boolean accepted, long round) {
        return decideOnOffer(reference, accepted, round, null, null);
    }

    /**
     * The customer's answer to the offer of the given round, with what they said (why they refuse it): stored
     * with the decision as customerDecisionNote, where the handler's form records it too, and shown to the
     * handler who proposes again and to the expert panel. An acceptance clears an earlier round's reason.
     * An acceptance of an offer with several options names the option chosen (R-RES-1): the process records
     * it as it takes the answer, and refuses an option that was not offered.
     */
    public boolean decideOnOffer(String reference, boolean accepted, long round, String note, Integer option) {
        try {
            runtimeService.createMessageCorrelation(Messages.CUSTOMER_DECIDED)
                    .processInstanceBusinessKey(reference)
                    .processInstanceVariableEquals(Variables.CUSTOMER_REJECTIONS, round)
                    .setVariable(Variables.CUSTOMER_ACCEPTED, accepted)
                    .setVariable(Variables.CUSTOMER_DECISION_NOTE, accepted ? null : note)
                    // as text, as the handler's form records it
                    .setVariable(Variables.CHOSEN_OPTION, accepted && option != null ? option.toString() : null)
                    .correlate();
            return true;
        } catch (MismatchingMessageCorrelationException nobodyWaits) {
            return false;
        }
    }

    /**
     * The customer's e-confirmation of the supplementary agreement; the process records it as it
     * takes the message (Event_AgreementConfirmed), so the change is never applied before it is stored.
     */
    public boolean confirmAgreement(String reference) {
        return correlate(reference, Messages.AGREEMENT_CONFIRMED, Map.of(Variables.AGREEMENT_CONFIRMED, true));
    }

    public boolean rate(String reference, int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A satisfaction score is 1 to 5, got " + score);
        }
        return correlate(reference, Messages.SURVEY_ANSWERED, Map.of(Variables.SATISFACTION_SCORE, (long) score));
    }

    public boolean provideEvidence(String reference, String summary) {
        return correlate(reference, Messages.EVIDENCE_RECEIVED,
                Map.of(Variables.EVIDENCE_RECEIVED, true, Variables.EVIDENCE_SUMMARY, summary));
    }

    private boolean correlate(String reference, String message, Map<String, Object> variables) {
        try {
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(reference)
                    .setVariables(variables)
                    .correlate();
            return true;
        } catch (MismatchingMessageCorrelationException nobodyWaits) {
            return false;
        }
    }
}
