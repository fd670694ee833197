package com.bank.complaints.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bank's clock: the engine's clock (so tests that move ClockUtil move our timestamps too) read
 * in the bank's time zone.
 */
@Component
public class BusinessTime {

    private final ZoneId zone;

    public BusinessTime(@Value("${complaints.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
