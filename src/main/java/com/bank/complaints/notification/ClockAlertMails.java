package com.bank.complaints.notification;

import com.bank.complaints.sla.ClockAlert;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails the staff an SLA clock's warning or breach, in the transaction of the timer that raised it,
 * so the outbox records it once with the breach and a retried timer sends nothing twice.
 */
@Component
class ClockAlertMails {

    private final StaffNotices notices;

    ClockAlertMails(StaffNotices notices) {
        this.notices = notices;
    }

    @EventListener
    void mail(ClockAlert alert) {
        notices.send(alert.reference(), alert.kind(), alert.users(), alert.groups(), alert.subject(), alert.lines());
    }
}
