package com.bank.complaints.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.bank.complaints.intake.Channel;
import com.bank.complaints.system.Parameters;

/**
 * What a report covers: the days from {@code from} to {@code to}, both included, in the bank's time
 * zone, and the optional channel and category filters. Without dates: the last 30 days up to today.
 */
public record ReportQuery(LocalDate from, LocalDate to, ZoneId zone, String channel, String category) {

    static final int DEFAULT_DAYS = 30;
    /** A longer period is refused: a DAY trend has a point for every day of the period. */
    static final int MAX_DAYS = 3660;
    private static final int CATEGORY_LENGTH = 20;

    /**
     * The request's channel and category filters as SQL conditions (" AND {prefix}channel = ?"...) on the columns
     * of that name; their values are added to {@code args} in the same order.
     */
    String filters(String prefix, List<Object> args) {
        StringBuilder conditions = new StringBuilder();
        if (channel != null) {
            conditions.append(" AND ").append(prefix).append("channel = ?");
            args.add(channel);
        }
        if (category != null) {
            conditions.append(" AND ").append(prefix).append("category = ?");
            args.add(category);
        }
        return conditions.toString();
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (the start of the day after {@code to}). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Reads the request's parameters; every bad one is named in {@code read} (as the parameter) and
     * the result is then null.
     */
    static ReportQuery parse(String from, String to, String channel, String category, LocalDate today, ZoneId zone,
            Parameters read) {
        int before = read.errors().size();
        LocalDate fromDay = read.date("from", from);
        LocalDate toDay = read.date("to", to);
        Channel channelFilter = read.choice("channel", channel, Channel.class, null);
        String categoryFilter = read.code("category", category, CATEGORY_LENGTH);
        if (read.errors().size() > before) {
            return null;
        }
        if (toDay == null) {
            toDay = fromDay == null ? today : fromDay.plusDays(DEFAULT_DAYS - 1L);
        }
        if (fromDay == null) {
            fromDay = toDay.minusDays(DEFAULT_DAYS - 1L);
        }
        if (fromDay.isAfter(toDay)) {
            read.reject("from", "must not be after to (" + fromDay + " is after " + toDay + ")");
            return null;
        }
        if (ChronoUnit.DAYS.between(fromDay, toDay) >= MAX_DAYS) {
            read.reject("from", "the period may span at most " + MAX_DAYS + " days");
            return null;
        }
        return new ReportQuery(fromDay, toDay, zone, channelFilter == null ? null : channelFilter.name(),
                categoryFilter);
    }
}
