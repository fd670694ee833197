package com.bank.complaints.benchmark;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The jobs of a node's database that the job executor would run now: retries left and due. A job without a due date
 * is due: so the engine wrote asynchronous steps before DueJobAcquisitionPlugin (baselines measured on older commits).
 */
final class DueJobs {

    private DueJobs() {
    }

    static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL"
                + " OR DUEDATE_ <= ?)", Long.class, Timestamp.from(Instant.now()));
    }
}
