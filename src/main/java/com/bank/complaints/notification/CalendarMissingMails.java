package com.bank.complaints.notification;

import java.util.List;
import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.sla.CalendarMissing;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the supervisors, once per year and supervisor (the outbox's key), that a holiday file is missing. */
@Component
class CalendarMissingMails {

    private final StaffNotices notices;

    CalendarMissingMails(StaffNotices notices) {
        this.notices = notices;
    }

    @EventListener
    void mail(CalendarMissing missing) {
        notices.send("CALENDAR-" + missing.year(), "CALENDAR_MISSING", List.of(), List.of(Groups.SUPERVISORS),
                "Holiday calendar " + missing.year() + " is missing: deadlines in " + missing.year() + " are provisional",
                Map.of("Missing file", missing.file(),
                        "Until it is provided", "working days in " + missing.year()
                                + " are Monday to Friday, without public holidays or make-up days"));
    }
}
