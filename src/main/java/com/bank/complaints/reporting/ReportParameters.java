package com.bank.complaints.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.InvalidInputException;

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
        List<FieldError> errors = new ArrayList<>();
        ReportQuery query = ReportQuery.parse(from, to, channel, category, today, zone, errors);
        Bucket chosenBucket = readsBucket ? Bucket.parse(bucket, Bucket.DAY, errors) : null;
        Dimensions.Table table = readsDimension ? table(errors) : null;
        boolean csv = ReportFormat.wantsCsv(format, accept, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Parsed(query, chosenBucket, table, csv);
    }

    record Parsed(ReportQuery query, Bucket bucket, Dimensions.Table table, boolean csv) {
    }

    private Dimensions.Table table(List<FieldError> errors) {
        if (ReportQuery.blank(dimension)) {
            return null;
        }
        return Arrays.stream(Dimensions.Table.values()).filter(t -> t.key().equalsIgnoreCase(dimension.trim()))
                .findFirst().orElseGet(() -> {
                    errors.add(new FieldError("dimension", "must be one of " + Arrays.stream(Dimensions.Table.values())
                            .map(Dimensions.Table::key).collect(Collectors.joining(", "))));
                    return null;
                });
    }
}
