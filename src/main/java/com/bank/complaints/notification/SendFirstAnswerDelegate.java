package com.bank.complaints.notification;

import java.time.Instant;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.sla.ClockRecord;
import com.bank.complaints.sla.SlaClock;
import com.bank.complaints.sla.SlaClocks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendFirstAnswer (R-INTAKE-4): the first clear answer names the reply date the SLA clock holds. */
@Component("sendFirstAnswerDelegate")
class SendFirstAnswerDelegate implements JavaDelegate {

    private final CustomerNotices notices;
    private final SlaClocks clocks;

    SendFirstAnswerDelegate(CustomerNotices notices, SlaClocks clocks) {
        this.notices = notices;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseData data = CaseData.of(execution);
        Instant replyDue = clocks.find(data.reference(), SlaClock.REPLY).map(ClockRecord::dueAt).orElse(null);
        notices.firstAnswer(data, replyDue);
    }
}
