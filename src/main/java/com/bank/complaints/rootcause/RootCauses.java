package com.bank.complaints.rootcause;

import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.Parameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-AN-1: the root cause of a closed case, one row per axis that had a part in it. The catalogue of
 * cause codes lives in the form (forms/record-root-cause.form) so analysts extend it without a Java
 * change; the server only insists on a code's shape. Recording again replaces the earlier answer.
 */
@Service
public class RootCauses {

    static final int MAX_SUMMARY = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final JdbcTemplate jdbc;
    private final BusinessTime time;

    RootCauses(JdbcTemplate jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The answers of the form: a code (or NONE) per axis and the summary; every bad one is named. */
    public static RootCause read(Map<String, Object> answers) {
        Parameters read = new Parameters();
        Map<Axis, String> causes = new EnumMap<>(Axis.class);
        for (Axis axis : Axis.values()) {
            Object value = answers.get(axis.variable());
            if (value == null || value.toString().isBlank()) {
                read.reject(axis.variable(), "is required; choose " + Axis.NONE + " if this axis played no part");
            } else if (!isCauseCode(value.toString().trim())) {
                read.reject(axis.variable(), "must be a cause code of 2 to 40 capital letters, digits or '_'");
            } else {
                causes.put(axis, value.toString().trim());
            }
        }
        Object summary = answers.get(Variables.CAUSE_SUMMARY);
        String text = read.requiredText(Variables.CAUSE_SUMMARY, summary == null ? null : summary.toString(), MAX_SUMMARY);
        read.validate();
        return new RootCause(causes, text);
    }

    /** A cause code's shape: NONE, or 2 to 40 capital letters, digits or '_' starting with a letter. */
    public static boolean isCauseCode(String code) {
        return CODE.matcher(code).matches();
    }

    @Transactional
    public void record(String reference, RootCause cause, String recordedBy) {
        jdbc.update("DELETE FROM complaint_cause WHERE reference = ?", reference);
        cause.causes().forEach((axis, code) -> {
            if (!Axis.NONE.equals(code)) {
                jdbc.update("INSERT INTO complaint_cause (reference, axis, cause, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)",
                        reference, axis.name(), code, time.now().atOffset(ZoneOffset.UTC), recordedBy);
            }
        });
    }

    /** A cause code per axis (NONE where the axis played no part) and the handler's short summary. */
    public record RootCause(Map<Axis, String> causes, String summary) {
    }
}
