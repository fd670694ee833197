package com.bank.complaints.execution;

import java.math.BigDecimal;
import java.util.Objects;

import com.bank.complaints.lifecycle.CaseData;
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
        CaseData data = CaseData.of(execution);
        RemedyDecision approved = remedies.approved(data.reference());
        if (!Objects.equals(approved.remedyType(), data.remedyType()) || !sameAmount(approved.amount(), data.remedyAmount())) {
            LOG.warn("Complaint {}: the remedy variables say {} {} but the approved remedy (decision {}) is {} {}; "
                    + "the variables are ignored and set to the approved remedy", data.reference(), data.remedyType(),
                    data.remedyAmount(), approved.id(), approved.remedyType(), approved.amount());
        }
        data.remedy(approved.remedyType(), approved.amount(), approved.details());
    }

    private static boolean sameAmount(BigDecimal approved, BigDecimal variable) {
        return approved == null || variable == null ? approved == variable : approved.compareTo(variable) == 0;
    }
}
