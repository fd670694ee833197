package com.bank.complaints.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.util.StringUtils;

/**
 * Reads what a caller sent as text (a request's parameters, the fields of a JSON body) into typed
 * values, collecting every bad one so that one 400 names them all ({@link #validate()}). Blank counts
 * as absent; values are read stripped, choices in any case. A bad value reads as absent.
 */
public final class Parameters {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+");

    private final List<FieldError> errors = new ArrayList<>();

    /** One of the choices, matched by how it is spelled (in any case); absent: {@code fallback}. */
    public <T> T choice(String name, String value, List<T> choices, Function<T, String> spelling, T fallback) {
        if (!StringUtils.hasText(value)) {
            return fallback;
        }
        String sent = value.strip();
        return choices.stream().filter(c -> spelling.apply(c).equalsIgnoreCase(sent)).findFirst().orElseGet(() -> {
            reject(name, "must be one of " + spelled(choices, spelling));
            return fallback;
        });
    }

    /** A constant of the enum, named in any case; absent: {@code fallback}. */
    public <E extends Enum<E>> E choice(String name, String value, Class<E> type, E fallback) {
        return choice(name, value, List.of(type.getEnumConstants()), Enum::name, fallback);
    }

    /** A constant of the enum that must be given. */
    public <E extends Enum<E>> E requiredChoice(String name, String value, Class<E> type) {
        if (!StringUtils.hasText(value)) {
            reject(name, "is required; one of " + spelled(List.of(type.getEnumConstants()), Enum::name));
            return null;
        }
        return choice(name, value, type, null);
    }

    /** A day written yyyy-MM-dd, or null. */
    public LocalDate date(String name, String value) {
        return temporal(name, value, LocalDate::parse, "must be a date written yyyy-MM-dd", null);
    }

    /** A month written yyyy-MM; absent: {@code fallback}. */
    public YearMonth month(String name, String value, YearMonth fallback) {
        return temporal(name, value, YearMonth::parse, "must be a month written yyyy-MM", fallback);
    }

    /** A whole number from {@code min} to {@code max}; absent: {@code fallback}. */
    public int integer(String name, String value, int fallback, int min, int max) {
        if (!StringUtils.hasText(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below, like a number out of range
        }
        reject(name, "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    /** The id of a stored record named in a path: a whole number from 1 up; else null. */
    public Long id(String name, String value) {
        if (value != null && ID.matcher(value).matches()) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                // more than a long holds: named below, like any other bad id
            }
        }
        reject(name, "must be the id of a record: a whole number from 1 to " + Long.MAX_VALUE);
        return null;
    }

    /**
     * A complaint's reference named in a path: words of capital letters and digits joined by '-', at most
     * 40 characters, as intake hands them out (CC-20261123-000042) and older systems did; else null.
     */
    public String reference(String name, String value) {
        if (value != null && value.length() <= 40 && REFERENCE.matcher(value).matches()) {
            return value;
        }
        reject(name, "must be a complaint reference such as CC-20261123-000042 (capital letters, digits and '-')");
        return null;
    }

    /** A code such as a category (letters, digits and '_', at most {@code maxLength}), in upper case; absent: null. */
    public String code(String name, String value, int maxLength) {
        if (!StringUtils.hasText(value)) {
            return null;
        }
        String sent = value.strip();
        if (sent.length() <= maxLength && CODE.matcher(sent).matches()) {
            return sent.toUpperCase(Locale.ROOT);
        }
        reject(name, "must be a code of at most " + maxLength + " letters, digits or '_', such as FEE");
        return null;
    }

    /** One line of text of at most {@code maxLength} characters, or null (checked as {@link TextInput} checks). */
    public String text(String name, String value, int maxLength) {
        return TextInput.text(name, value, false, maxLength, false, errors);
    }

    /** Text that must be given, of at most {@code maxLength} characters, and may run over several lines. */
    public String requiredText(String name, String value, int maxLength) {
        return TextInput.text(name, value, true, maxLength, true, errors);
    }

    /** A rule of the caller's own that the value broke. */
    public void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws {@link InvalidInputException} naming every bad value read, if there is one. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private <T> T temporal(String name, String value, Function<String, T> parse, String message, T fallback) {
        if (!StringUtils.hasText(value)) {
            return fallback;
        }
        String sent = value.strip();
        try {
            // years of four digits only: ISO's signed and longer years (-999999999-01-01) overflow date arithmetic
            if (Character.isDigit(sent.charAt(0))) {
                return parse.apply(sent);
            }
        } catch (DateTimeParseException e) {
            // named below, like a date that is not written yyyy-MM-dd
        }
        reject(name, message);
        return fallback;
    }

    private static <T> String spelled(List<T> choices, Function<T, String> spelling) {
        return choices.stream().map(spelling).collect(Collectors.joining(", "));
    }
}
