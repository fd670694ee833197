package com.bank.complaints.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How the trend groups days: by day, by ISO week (Monday to Sunday) or by calendar month. */
public enum Bucket {
    DAY {
        @Override
        LocalDate start(LocalDate day) {
            return day;
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusDays(1);
        }

        @Override
        String label(LocalDate start) {
            return start.toString();
        }
    },
    WEEK {
        @Override
        LocalDate start(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusWeeks(1);
        }

        @Override
        String label(LocalDate start) {
            return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    },
    MONTH {
        @Override
        LocalDate start(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusMonths(1);
        }

        @Override
        String label(LocalDate start) {
            return start.format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT));
        }
    };

    /** The first day of the bucket that holds the day. */
    abstract LocalDate start(LocalDate day);

    /** The first day of the following bucket. */
    abstract LocalDate next(LocalDate start);

    /** How the bucket is named: 2025-03-01, 2025-W09, 2025-03. */
    abstract String label(LocalDate start);

    /** A bucket that keeps a chart readable: days up to two months, weeks up to a year, months beyond. */
    static Bucket suitedTo(ReportQuery query) {
        long days = query.to().toEpochDay() - query.from().toEpochDay() + 1;
        return days <= 62 ? DAY : days <= 366 ? WEEK : MONTH;
    }
}
