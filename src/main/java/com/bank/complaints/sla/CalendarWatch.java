package com.bank.complaints.sla;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.bank.complaints.system.BusinessTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Calendar fail-safe: when next year's holiday file is still missing within 60 days of the year's
 * end, deadlines running into next year would silently count plain weekends. The health endpoint
 * reports it (status WARNING, component "calendar") and, once a day, a {@link CalendarMissing}
 * event asks for a mail to the supervisors (sent once per year, whatever the nodes).
 */
@Component("calendar")
class CalendarWatch implements HealthIndicator {

    static final Status WARNING = new Status("WARNING");

    private final WorkingCalendar calendar;
    private final BusinessTime time;
    private final ApplicationEventPublisher events;
    private final int daysAhead;

    CalendarWatch(WorkingCalendar calendar, BusinessTime time, ApplicationEventPublisher events,
            @Value("${complaints.sla.calendar.warn-days-ahead:60}") int daysAhead) {
        this.calendar = calendar;
        this.time = time;
        this.events = events;
        this.daysAhead = daysAhead;
    }

    /** The year whose holiday file is missing though it starts within the warning period, if any. */
    Optional<Integer> missingYear() {
        LocalDate today = time.today();
        int next = today.getYear() + 1;
        boolean soon = ChronoUnit.DAYS.between(today, LocalDate.of(next, 1, 1)) <= daysAhead;
        return soon && !calendar.hasHolidayFile(next) ? Optional.of(next) : Optional.empty();
    }

    @Override
    public Health health() {
        return missingYear()
                .map(year -> Health.status(WARNING).withDetail("missingYear", year)
                        .withDetail("file", calendar.holidayFile(year))
                        .withDetail("effect", "deadlines in " + year + " count plain weekends and are marked provisional"))
                .orElseGet(() -> Health.up()).build();
    }

    @Scheduled(cron = "${complaints.sla.calendar.check-cron:0 0 9 * * *}", zone = "${complaints.time-zone:Asia/Shanghai}")
    void check() {
        missingYear().ifPresent(year -> events.publishEvent(new CalendarMissing(year, calendar.holidayFile(year))));
    }
}
