package com.bank.complaints.notification;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OfferSolution (R-RES-1). */
@Component("offerSolutionDelegate")
class OfferSolutionDelegate implements JavaDelegate {

    private final CustomerNotices notices;

    OfferSolutionDelegate(CustomerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.solutionOffer(CaseData.of(execution));
    }
}
