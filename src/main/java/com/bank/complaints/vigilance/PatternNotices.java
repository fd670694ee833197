package com.bank.complaints.vigilance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.notification.StaffNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-AN-5: tells the supervisors of each new flag by e-mail, once: the outbox sends each supervisor
 * one mail per flag whatever the retries, and a flag is marked told when every mail went out (a
 * failed mail is tried again on the next scan).
 */
@Service
public class PatternNotices {

    private static final Logger LOG = LoggerFactory.getLogger(PatternNotices.class);

    private final PatternFlags flags;
    private final StaffNotices notices;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    PatternNotices(PatternFlags flags, StaffNotices notices, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.flags = flags;
        this.notices = notices;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public void announceNewFlags() {
        transaction.executeWithoutResult(tx -> {
            ScreeningLock.take(jdbc, ScreeningLock.NOTICES);
            for (PatternFlag flag : flags.unannounced()) {
                try {
                    notices.send(flag.complaints().get(0), "PATTERN_" + flag.id(), List.of(), List.of(Groups.SUPERVISORS),
                            subject(flag), lines(flag));
                    flags.announced(flag.id());
                } catch (RuntimeException e) {
                    LOG.warn("Could not tell the supervisors of pattern flag {}; trying again on the next scan", flag.id(), e);
                }
            }
        });
    }

    static String subject(PatternFlag flag) {
        return "Suspicious pattern #" + flag.id() + ": " + flag.count() + " complaints " + flag.kind().description();
    }

    private static Map<String, String> lines(PatternFlag flag) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Pattern", flag.kind().name() + ", " + flag.subject());
        if (flag.sample() != null) {
            lines.put("Text", flag.sample());
        }
        lines.put("Complaints", String.join(", ", flag.complaints()));
        lines.put("First and last", flag.firstSeen() + " to " + flag.lastSeen());
        lines.put("Review", "GET /api/pattern-flags?status=OPEN, then POST /api/pattern-flags/" + flag.id() + "/review");
        return lines;
    }
}
