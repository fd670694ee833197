package com.bank.complaints.vigilance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * R-AN-5 on every node: screens new complaints and tells supervisors of new flags every
 * complaints.vigilance.scan.interval (default a minute), apart from intake, so a slow or failing
 * scan never touches a complaint's acceptance; the next run catches up. Tests switch it off
 * (complaints.vigilance.scan.enabled=false) and call the services themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "complaints.vigilance.scan.enabled", havingValue = "true", matchIfMissing = true)
class ScreeningSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningSchedule.class);

    private final PatternScreening screening;
    private final PatternNotices notices;

    ScreeningSchedule(PatternScreening screening, PatternNotices notices) {
        this.screening = screening;
        this.notices = notices;
    }

    @Scheduled(initialDelayString = "${complaints.vigilance.scan.interval:PT1M}",
            fixedDelayString = "${complaints.vigilance.scan.interval:PT1M}")
    void scan() {
        try {
            screening.screenPending();
            notices.announceNewFlags();
        } catch (RuntimeException e) {
            LOG.warn("Screening complaints for suspicious patterns failed; the next scan tries again", e);
        }
    }
}
