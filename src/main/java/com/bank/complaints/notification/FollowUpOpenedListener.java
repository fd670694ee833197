package com.bank.complaints.notification;

import java.util.List;
import java.util.Map;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_FollowUpDissatisfied, on create (R-FB-2): the supervisors are copied, so a dissatisfied
 * customer's issue is watched until it is put right within 24 hours.
 */
@Component("followUpOpenedListener")
class FollowUpOpenedListener implements TaskListener {

    private final StaffNotices notices;
    private final CustomerMailer mailer;

    FollowUpOpenedListener(StaffNotices notices, CustomerMailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void notify(DelegateTask task) {
        CaseData data = CaseData.of(task);
        Integer score = data.satisfactionScore();
        notices.send(data.reference(), "FOLLOW_UP_OPENED", List.of(), List.of(Groups.SUPERVISORS),
                "Dissatisfied customer: " + data.reference() + " to be followed up by " + mailer.format(task.getDueDate().toInstant()),
                Map.of("Satisfaction score", score == null ? "no answer" : score + " of 5",
                        "Handled by", String.valueOf(data.handlingGroup())));
    }
}
