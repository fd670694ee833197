package com.bank.complaints.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/** Instants on the bank's clock (Asia/Shanghai, the test profile's zone), for setting ClockUtil and comparing due dates. */
final class BankTime {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private BankTime() {
    }

    static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(instant(year, month, day, hour, minute));
    }

    static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, SHANGHAI).toInstant());
    }

    static Instant instant(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }
}
