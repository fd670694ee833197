package com.bank.complaints.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * On every node, every complaints.reporting.day-totals.interval (default a minute): rolls the complaints closed
 * since into the day totals (one node at a time does the work). Reports are right whenever it runs; it only keeps
 * what they read from the complaints themselves small. Tests switch it off
 * (complaints.reporting.day-totals.enabled=false) and roll up themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "complaints.reporting.day-totals.enabled", havingValue = "true", matchIfMissing = true)
class DayTotalsSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DayTotalsSchedule.class);

    private final DayTotals totals;

    DayTotalsSchedule(DayTotals totals) {
        this.totals = totals;
    }

    @Scheduled(initialDelayString = "${complaints.reporting.day-totals.interval:PT1M}",
            fixedDelayString = "${complaints.reporting.day-totals.interval:PT1M}")
    void rollUp() {
        try {
            totals.rollUp();
        } catch (RuntimeException e) {
            LOG.warn("Rolling closed complaints into the report day totals failed; the next run tries again", e);
        }
    }
}
