package com.bank.complaints.customer;

import java.util.Map;

import com.bank.complaints.customer.CustomerReplied.Reply;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Messages;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.system.BusinessTime;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Hands a customer's answer to the waiting complaint process as a message. An answer that no
 * process waits for (already given, or the wait is over) is reported as not taken, never an error. An answer taken
 * is announced as {@link CustomerReplied} (R-INTAKE-5: the case's owner is told).
 */
@Service
public class CustomerResponses {

    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;
    private final BusinessTime time;

    CustomerResponses(RuntimeService runtimeService, ApplicationEventPublisher events, BusinessTime time) {
        this.runtimeService = runtimeService;
        this.events = events;
        this.time = time;
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
            replied(reference, accepted ? Reply.OFFER_ACCEPTED : Reply.OFFER_REJECTED);
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
        return correlate(reference, Messages.AGREEMENT_CONFIRMED, Map.of(Variables.AGREEMENT_CONFIRMED, true),
                Reply.AGREEMENT_CONFIRMED);
    }

    public boolean rate(String reference, int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A satisfaction score is 1 to 5, got " + score);
        }
        return correlate(reference, Messages.SURVEY_ANSWERED, Map.of(Variables.SATISFACTION_SCORE, (long) score),
                Reply.SURVEY_ANSWERED);
    }

    public boolean provideEvidence(String reference, String summary) {
        return correlate(reference, Messages.EVIDENCE_RECEIVED,
                Map.of(Variables.EVIDENCE_RECEIVED, true, Variables.EVIDENCE_SUMMARY, summary), Reply.EVIDENCE_SENT);
    }

    private boolean correlate(String reference, String message, Map<String, Object> variables, Reply reply) {
        try {
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(reference)
                    .setVariables(variables)
                    .correlate();
            replied(reference, reply);
            return true;
        } catch (MismatchingMessageCorrelationException nobodyWaits) {
            return false;
        }
    }

    private void replied(String reference, Reply reply) {
        events.publishEvent(new CustomerReplied(reference, reply, time.now()));
    }
}
