package com.bank.complaints.reporting;

import java.time.YearMonth;

import com.bank.complaints.system.Parameters;

/**
 * The root-cause report's parameters as sent: month (yyyy-MM, default this month), months (the trend's
 * length, 1 to 24, default 6), top (how many causes, 1 to 100, default 10) and format (json, csv).
 */
record CauseReportParameters(String month, String months, String top, String format) {

    static final int MAX_MONTHS = 24;
    static final int MAX_TOP = 100;

    Parsed parse(YearMonth current, String accept) {
        Parameters read = new Parameters();
        YearMonth chosen = read.month("month", month, current);
        int trend = read.integer("months", months, 6, 1, MAX_MONTHS);
        int causes = read.integer("top", top, 10, 1, MAX_TOP);
        boolean csv = ReportFormat.wantsCsv(format, accept, read);
        read.validate();
        return new Parsed(chosen, trend, causes, csv);
    }

    record Parsed(YearMonth month, int months, int top, boolean csv) {
    }
}
