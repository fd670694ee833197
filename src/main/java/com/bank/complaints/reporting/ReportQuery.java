package com.bank.complaints.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.bank.complaints.intake.Channel;
import com.bank.complaints.system.FieldError;

/**
 * What a report covers: the days from {@code from} to {@code to}, both included, in the bank's time
 * zone, and the optional channel and category filters. Without dates: the last 30 days up to today.
 */
public record ReportQuery(LocalDate from, LocalDate to, ZoneId zone, String channel, String category) {

    static final int DEFAULT_DAYS = 30;
    /** A longer period is refused: the trend reads every complaint of the period. */
    static final int MAX_DAYS = 3660;
    private static final int CATEGORY_LENGTH = 20;

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (the start of the day after {@code to}). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Reads the request's parameters; every bad one is added to {@code errors} (named as the
     * parameter) and the result is then null.
     */
    static ReportQuery parse(String from, String to, String channel, String category, LocalDate today, ZoneId zone,
            List<FieldError> errors) {
        int before = errors.size();
        LocalDate fromDay = date("from", from, errors);
        LocalDate toDay = date("to", to, errors);
        String channelFilter = channel(channel, errors);
        String categoryFilter = category(category, errors);
        if (errors.size() > before) {
            return null;
        }
        if (toDay == null) {
            toDay = fromDay == null ? today : fromDay.plusDays(DEFAULT_DAYS - 1L);
        }
        if (fromDay == null) {
            fromDay = toDay.minusDays(DEFAULT_DAYS - 1L);
        }
        if (fromDay.isAfter(toDay)) {
            errors.add(new FieldError("from", "must not be after to (" + fromDay + " is after " + toDay + ")"));
        } else if (ChronoUnit.DAYS.between(fromDay, toDay) >= MAX_DAYS) {
            errors.add(new FieldError("from", "the period may span at most " + MAX_DAYS + " days"));
        }
        return errors.size() > before ? null : new ReportQuery(fromDay, toDay, zone, channelFilter, categoryFilter);
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date written yyyy-MM-dd"));
            return null;
        }
    }

    private static String channel(String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(name))) {
            errors.add(new FieldError("channel", "must be one of "
                    + Arrays.stream(Channel.values()).map(Channel::name).collect(Collectors.joining(", "))));
            return null;
        }
        return name;
    }

    private static String category(String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (name.length() > CATEGORY_LENGTH) {
            errors.add(new FieldError("category", "must be at most " + CATEGORY_LENGTH + " characters"));
            return null;
        }
        return name;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
