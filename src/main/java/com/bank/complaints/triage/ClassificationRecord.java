package com.bank.complaints.triage;

import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * R-AN-2 event dimension: the classification (the table's, or the handler's correction) is written
 * onto the complaint record as soon as it is known, so reports count open complaints by category
 * too, not only archived ones.
 */
@Component
class ClassificationRecord {

    private final JdbcTemplate jdbc;

    ClassificationRecord(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(String reference, Map<String, Object> classification) {
        jdbc.update("UPDATE complaint SET severity = ?, category = ?, special_kind = ?, complexity = ? WHERE reference = ?",
                classification.get(Variables.SEVERITY), classification.get(Variables.CATEGORY),
                classification.get(Variables.SPECIAL_KIND), classification.get(Variables.COMPLEXITY), reference);
    }
}
