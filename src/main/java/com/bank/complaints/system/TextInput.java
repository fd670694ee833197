package com.bank.complaints.system;

import java.util.List;

/** The one check of a free-text field as a person sends it: present when required, not too long, no control characters. */
public final class TextInput {

    private TextInput() {
    }

    /**
     * The text stripped, or null when it is blank or bad; what is wrong is added to {@code errors}
     * under {@code field}. Multi-line text may hold line breaks and tabs.
     */
    public static String text(String field, String raw, boolean required, int maxLength, boolean multiLine,
            List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        String value = raw.strip();
        if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters (got " + value.length() + ")"));
            return null;
        }
        if (value.chars().anyMatch(ch -> Character.isISOControl(ch) && !(multiLine && (ch == '\n' || ch == '\r' || ch == '\t')))) {
            errors.add(new FieldError(field, "must not contain control characters"));
            return null;
        }
        return value;
    }
}
