package com.bank.complaints.execution;

import java.math.BigDecimal;
import java.util.Objects;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.resolution.RemedyDecisions.RemedyDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * SubProcess_Execution, on start: the stage routes and shows the approved remedy from the record,
 * not whatever the remedy variables say by now; a difference is logged and overwritten.
 */
@Component("approvedRemedyListener")
class ApprovedRemedyListener implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovedRemedyListener.class);

    private final RemedyExecution remedies;

    ApprovedRemedyListener(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        RemedyDecision approved = remedies.approved(reference);
        Object type = execution.getVariable(Variables.REMEDY_TYPE);
        Object amount = execution.getVariable(Variables.REMEDY_AMOUNT);
        if (!Objects.equals(approved.remedyType(), type == null ? null : type.toString()) || !sameAmount(approved.amount(), amount)) {
            LOG.warn("Complaint {}: the remedy variables say {} {} but the approved remedy (decision {}) is {} {}; "
                    + "the variables are ignored and set to the approved remedy", reference, type, amount, approved.id(),
                    approved.remedyType(), approved.amount());
        }
        execution.setVariable(Variables.REMEDY_TYPE, approved.remedyType());
        execution.setVariable(Variables.REMEDY_AMOUNT, approved.amount() == null ? null : approved.amount().doubleValue());
        execution.setVariable(Variables.REMEDY_DETAILS, approved.details());
    }

    private static boolean sameAmount(BigDecimal approved, Object variable) {
        if (approved == null || variable == null) {
            return approved == null && variable == null;
        }
        return new BigDecimal(variable.toString()).compareTo(approved) == 0;
    }
}
