package com.bank.complaints.authority;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who added each task attachment, which Camunda does not keep, written in the transaction that adds it. */
@Component
class AttachmentAuthors {

    private final JdbcTemplate jdbc;

    AttachmentAuthors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String attachmentId, String userId) {
        jdbc.update("INSERT INTO attachment_author (attachment_id, user_id, created_at) VALUES (?, ?, ?)", attachmentId,
                userId, OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC));
    }

    String of(String attachmentId) {
        List<String> authors = jdbc.queryForList("SELECT user_id FROM attachment_author WHERE attachment_id = ?",
                String.class, attachmentId);
        return authors.isEmpty() ? null : authors.get(0);
    }
}
