package com.bank.complaints.vigilance;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of pattern_screening_lock that one node at a time holds until its transaction ends: screening
 * and telling supervisors each run on one node at a time, whatever the number of nodes.
 */
final class ScreeningLock {

    static final int SCREENING = 1;
    static final int NOTICES = 2;

    private ScreeningLock() {
    }

    static void take(JdbcTemplate jdbc, int lock) {
        jdbc.queryForObject("SELECT id FROM pattern_screening_lock WHERE id = ? FOR UPDATE", Integer.class, lock);
    }
}
