package com.bank.complaints.reporting;

import java.time.LocalDate;
import java.util.List;

/** R-AN-1/2 time: complaints received and closed per day, week or month of the period, empty buckets included. */
public record Trend(ReportQuery period, Bucket bucket, List<Point> points) {

    /**
     * One bucket; {@code start} and {@code end} are the days of the bucket inside the period (the
     * first and last week or month may be cut by the period), {@code label} names the whole bucket.
     */
    public record Point(String label, LocalDate start, LocalDate end, long received, long closed) {
    }
}
