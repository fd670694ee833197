package com.bank.complaints.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import com.bank.complaints.system.BusinessTime;
import org.springframework.stereotype.Component;

/**
 * Computes the deadlines promised at intake (R-INTAKE-4): first answer in 24 hours, reply in 3
 * working days, closure in 30 days. Working days here skip weekends only; public holidays and
 * make-up days come with the holiday calendar of the SLA clocks.
 */
@Component
public class DeadlinePolicy {

    static final Duration FIRST_RESPONSE = Duration.ofHours(24);
    static final int REPLY_WORKING_DAYS = 3;
    static final int REGULATORY_DAYS = 30;

    private final BusinessTime time;

    public DeadlinePolicy(BusinessTime time) {
        this.time = time;
    }

    public IntakeDeadlines atIntake(Instant receivedAt) {
        ZonedDateTime received = receivedAt.atZone(time.zone());
        return new IntakeDeadlines(
                receivedAt.plus(FIRST_RESPONSE),
                plusWorkingDays(received, REPLY_WORKING_DAYS).toInstant(),
                received.plusDays(REGULATORY_DAYS).toInstant());
    }

    private static ZonedDateTime plusWorkingDays(ZonedDateTime start, int days) {
        ZonedDateTime due = start;
        int added = 0;
        while (added < days) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return due;
    }
}
