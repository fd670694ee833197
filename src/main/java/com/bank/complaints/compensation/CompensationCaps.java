package com.bank.complaints.compensation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.bank.complaints.lifecycle.AsSystem;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.resolution.RemedyDecisions;
import com.bank.complaints.resolution.RemedyDecisions.RemedyDecision;
import com.bank.complaints.system.BusinessTime;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * Issue 17.7: the analysts' compensation cap (processes/compensation-caps.dmn) and what one customer was already
 * approved in its rolling period, on any of their complaints, from the remedy record (RemedyDecisions): per complaint
 * the remedy approved last (an earlier round the customer refused is not paid), counted when it was approved within
 * the period and its type has a cap too.
 */
@Service
class CompensationCaps {

    private final DecisionService decisions;
    private final RemedyDecisions remedies;
    private final BusinessTime time;

    CompensationCaps(DecisionService decisions, RemedyDecisions remedies, BusinessTime time) {
        this.decisions = decisions;
        this.remedies = remedies;
        this.time = time;
    }

    /** The cap on a remedy of this type for a customer of this segment (null: none recorded), if it has one. */
    Optional<Cap> capOf(String remedyType, String segment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REMEDY_TYPE, remedyType);
        variables.put(Variables.CUSTOMER_SEGMENT, segment);
        // the table is the bank's rule, not the proposer's: their rights on decisions do not apply
        DmnDecisionResultEntries row = AsSystem.call(() -> decisions
                .evaluateDecisionByKey(ComplaintLifecycle.COMPENSATION_CAPS_DECISION).variables(variables)
                .evaluate().getSingleResult());
        if (row == null || !(row.get("capAmount") instanceof Number cap) || !(row.get("periodMonths") instanceof Number months)) {
            return Optional.empty();
        }
        return Optional.of(new Cap(new BigDecimal(cap.toString()), months.intValue()));
    }

    /**
     * What the other complaints given were approved in the cap's period, counting only remedy types the table caps
     * for this customer's segment.
     */
    BigDecimal alreadyApproved(Collection<String> otherReferences, String segment, Cap cap) {
        Instant since = time.now().atOffset(ZoneOffset.UTC).minusMonths(cap.months()).toInstant();
        Map<String, Boolean> capped = new HashMap<>();
        return remedies.lastApproved(otherReferences).values().stream()
                .filter(approval -> approval.amount() != null && !approval.decidedAt().isBefore(since))
                .filter(approval -> capped.computeIfAbsent(approval.remedyType(), type -> capOf(type, segment).isPresent()))
                .map(RemedyDecision::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A cap: at most {@code amount} CNY in the last {@code months} months. */
    record Cap(BigDecimal amount, int months) {
    }
}
