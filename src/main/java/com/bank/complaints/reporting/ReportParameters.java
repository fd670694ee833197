package com.bank.complaints.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.bank.complaints.system.Parameters;

/**
 * The query parameters every report takes, as sent (so nothing fails before we can name the bad
 * parameter): from, to (yyyy-MM-dd), channel, category, and where they apply bucket, dimension and
 * format (json, csv).
 */
record ReportParameters(String from, String to, String channel, String category, String bucket, String dimension,
        String format) {

    /**
     * The parameters read, or a 400 naming every bad one; bucket and dimension are read only for the
     * reports they apply to (a report ignores parameters it does not take).
     */
    Parsed parse(LocalDate today, ZoneId zone, String accept, boolean readsBucket, boolean readsDimension) {
        Parameters read = new Parameters();
        ReportQuery query = ReportQuery.parse(from, to, channel, category, today, zone, read);
        Bucket chosenBucket = readsBucket ? read.choice("bucket", bucket, Bucket.class, Bucket.DAY) : null;
        Dimensions.Table table = readsDimension ? read.choice("dimension", dimension,
                List.of(Dimensions.Table.values()), Dimensions.Table::key, null) : null;
        boolean csv = ReportFormat.wantsCsv(format, accept, read);
        read.validate();
        return new Parsed(query, chosenBucket, table, csv);
    }

    /**
     * The dashboard's period and bucket (without one, a bucket that suits the period), or a 400 naming
     * every bad one; the page takes no dimension or format.
     */
    Parsed parseFilters(LocalDate today, ZoneId zone) {
        Parameters read = new Parameters();
        ReportQuery query = ReportQuery.parse(from, to, channel, category, today, zone, read);
        Bucket chosenBucket = read.choice("bucket", bucket, Bucket.class, null);
        read.validate();
        return new Parsed(query, chosenBucket == null ? Bucket.suitedTo(query) : chosenBucket, null, false);
    }

    record Parsed(ReportQuery query, Bucket bucket, Dimensions.Table table, boolean csv) {
    }
}
