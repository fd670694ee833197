package com.bank.complaints.system;

import java.util.List;

/**
 * The one check of a free-text field as a person sends it: present when required, not too long, no control
 * characters, and nothing a reader cannot see: no zero-width or direction-changing characters (a U+202E
 * turns "gpj.exe" into what reads as "exe.jpg") and no half of a character (a lone surrogate, which no
 * database or mail can store faithfully).
 */
public final class TextInput {

    /** Zero-width space, word joiner and BOM; the bidi marks, embeddings, overrides and isolates (LRM..RLO, LRI..PDI). */
    private static final String INVISIBLE = "\u200B\u2060\uFEFF\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
            + "\u2066\u2067\u2068\u2069";

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
        if (hidden(value)) {
            errors.add(new FieldError(field,
                    "must not contain invisible, direction-changing or broken characters (such as U+200B, U+202E, U+FEFF)"));
            return null;
        }
        return value;
    }

    /** Zero-width and bidirectional formatting characters, or a surrogate that is not half of a pair. */
    private static boolean hidden(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch) || INVISIBLE.indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }
}
