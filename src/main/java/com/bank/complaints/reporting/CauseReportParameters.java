package com.bank.complaints.reporting;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.InvalidInputException;

/**
 * The root-cause report's parameters as sent: month (yyyy-MM, default this month), months (the trend's
 * length, 1 to 24, default 6), top (how many causes, 1 to 100, default 10) and format (json, csv).
 */
record CauseReportParameters(String month, String months, String top, String format) {

    static final int MAX_MONTHS = 24;
    static final int MAX_TOP = 100;

    Parsed parse(YearMonth current, String accept) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth chosen = current;
        if (!ReportQuery.blank(month)) {
            try {
                chosen = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("month", "must be a month written yyyy-MM"));
            }
        }
        int trend = number("months", months, 6, MAX_MONTHS, errors);
        int causes = number("top", top, 10, MAX_TOP, errors);
        boolean csv = ReportFormat.wantsCsv(format, accept, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Parsed(chosen, trend, causes, csv);
    }

    record Parsed(YearMonth month, int months, int top, boolean csv) {
    }

    private static int number(String name, String value, int fallback, int max, List<FieldError> errors) {
        if (ReportQuery.blank(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below like an out-of-range number
        }
        errors.add(new FieldError(name, "must be a whole number from 1 to " + max));
        return fallback;
    }
}
