package com.bank.complaints.intake;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.sla.IntakeDeadlines;
import org.camunda.bpm.engine.variable.VariableMap;

/** A registered complaint: what the customer told us, when, and the reference it is known by. */
public record Complaint(
        String reference,
        NewComplaint details,
        Instant receivedAt,
        String receivedBy,
        IntakeDeadlines deadlines) {

    /**
     * The process variables that gateways, decision tables and task forms read; the record stays the source
     * of truth. What only the record and the clocks need (when it was received, the promised dates, the
     * channel's message id, the age band) is not copied: each variable costs a runtime row and two history
     * rows at intake, and is written again when the case closes.
     */
    public Map<String, Object> processVariables() {
        NewComplaint d = details;
        VariableMap vars = org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.REFERENCE, reference)
                .putValue(Variables.CHANNEL, d.channel().name())
                .putValue(Variables.LANGUAGE, d.language().code())
                .putValue(Variables.CUSTOMER_ID, d.customerId())
                .putValue(Variables.CUSTOMER_NAME, d.customerName())
                .putValue(Variables.CUSTOMER_PHONE, d.customerPhone())
                .putValue(Variables.CUSTOMER_EMAIL, d.customerEmail())
                .putValue(Variables.CARD_OR_CONTRACT_NUMBER, d.cardOrContractNumber())
                .putValue(Variables.PRODUCT, d.product().name())
                .putValue(Variables.BUSINESS_PERIOD, d.businessPeriod())
                .putValue(Variables.TRANSACTION_DATE, d.transactionDate() == null ? null : d.transactionDate().toString())
                .putValue(Variables.GRIEVANCE, d.grievance())
                .putValue(Variables.EXPECTED_OUTCOME, d.expectedOutcome())
                // forms and DMN read a number; the exact amount stays in the record
                .putValue(Variables.DISPUTED_AMOUNT, d.disputedAmount() == null ? null : d.disputedAmount().doubleValue())
                .putValue(Variables.EMOTIONAL_STATE, name(d.emotionalState()))
                .putValue(Variables.CUSTOMER_SEGMENT, name(d.customerSegment()))
                .putValue(Variables.INTAKE_AGENT, receivedBy)
                // R-INTAKE-5: the first contact owns the case until a recorded hand-over
                .putValue(Variables.CASE_OWNER, receivedBy)
                .putValue(Variables.REGULATORY_DUE, Date.from(deadlines.regulatoryDue()));
        return vars;
    }

    /** An optional field's constant as stored and handed to the process: its name, or null when not given. */
    static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}
