package com.bank.complaints.intake;

import java.math.BigDecimal;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs when a complaint process starts. A channel's complaint arrives already registered by intake
 * (it carries its reference, and no user is logged in to the engine). One a person started (the
 * Tasklist start form, the engine REST API) is checked here with the same validator as the API,
 * since form-js validates only in the browser, then registered under a new reference, whatever
 * reference or business key the start carried; a bad field refuses the start with a message naming it.
 */
@Component("intakeStartListener")
class IntakeStartListener implements ExecutionListener {

    private final IntakeService intake;

    IntakeStartListener(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (agent(execution) == null && execution.hasVariable(Variables.REFERENCE)) {
            // registered by IntakeService, which starts without a logged-in user; a person's start always registers anew
            return;
        }
        IntakeService.Registration registration;
        try {
            registration = intake.registerStartedProcess(submission(execution), agent(execution));
        } catch (InvalidInputException e) {
            // the engine REST API answers this exception type with 400 and Tasklist shows its message
            throw new FormFieldValidationException(e.errors(), "The complaint was not accepted. " + e.getMessage());
        }
        execution.setProcessBusinessKey(registration.complaint().reference());
        execution.setVariables(registration.processVariables());
    }

    private static String agent(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private static ComplaintSubmission submission(DelegateExecution e) {
        return new ComplaintSubmission(text(e, Variables.CHANNEL), text(e, Variables.CHANNEL_MESSAGE_ID),
                text(e, Variables.LANGUAGE), text(e, Variables.CUSTOMER_ID), text(e, Variables.CUSTOMER_NAME),
                text(e, Variables.CUSTOMER_PHONE), text(e, Variables.CUSTOMER_EMAIL),
                text(e, Variables.CARD_OR_CONTRACT_NUMBER), text(e, Variables.PRODUCT), text(e, Variables.BUSINESS_PERIOD),
                text(e, Variables.TRANSACTION_DATE), text(e, Variables.GRIEVANCE), text(e, Variables.EXPECTED_OUTCOME),
                text(e, Variables.DISPUTED_AMOUNT), text(e, Variables.EMOTIONAL_STATE),
                text(e, Variables.CUSTOMER_SEGMENT), text(e, Variables.CUSTOMER_AGE_BAND));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
