package com.bank.complaints.reporting;

import java.util.List;
import java.util.Locale;

/** The reports as CSV tables: one row per figure, per bucket or per dimension value. */
final class ReportCsv {

    private ReportCsv() {
    }

    static CsvWriter kpis(Kpis k) {
        CsvWriter csv = new CsvWriter("measure", "detail", "value", "count", "total");
        csv.row("received", null, k.received(), null, null);
        csv.row("closed", null, k.closed(), null, null);
        rate(csv, "firstResponseRate24h", "FIRST_RESPONSE", k.firstResponseRate24h());
        k.onTimeClosureRate().forEach((clock, rate) -> rate(csv, "onTimeClosureRate", clock, rate));
        rate(csv, "firstContactResolutionRate", null, k.firstContactResolutionRate());
        rate(csv, "repeatComplaintRate", "within " + k.repeatWindowDays() + " days", k.repeatComplaintRate());
        csv.row("averageSatisfaction", null, k.averageSatisfaction(), null, k.rated());
        rate(csv, "promoterShare", "scores 4-5", k.promoterShare());
        rate(csv, "detractorShare", "scores 1-2", k.detractorShare());
        csv.row("netPromoterShare", "promoters minus detractors", k.netPromoterShare(), null, k.rated());
        k.satisfactionScores().forEach((score, n) -> csv.row("satisfactionScore", score, n, null, null));
        k.breachesPerClock().forEach((clock, n) -> csv.row("breaches", clock, n, null, null));
        return csv;
    }

    static CsvWriter trend(Trend trend) {
        CsvWriter csv = new CsvWriter(trend.bucket().name().toLowerCase(Locale.ROOT), "start", "end",
                "received", "closed");
        trend.points().forEach(p -> csv.row(p.label(), p.start(), p.end(), p.received(), p.closed()));
        return csv;
    }

    /** Every table of the dimensions, or only the one asked for. */
    static CsvWriter dimensions(Dimensions d, Dimensions.Table only) {
        CsvWriter csv = new CsvWriter("dimension", "basis", "value", "count", "totalAmount", "rated",
                "averageSatisfaction");
        for (Dimensions.Table table : only == null ? List.of(Dimensions.Table.values()) : List.of(only)) {
            if (table == Dimensions.Table.REMEDY) {
                d.remedy().forEach(r -> csv.row(table.key(), table.basis(), r.value(), r.count(), r.totalAmount(),
                        r.rated(), r.averageSatisfaction()));
            } else {
                d.counts(table).forEach(c -> csv.row(table.key(), table.basis(), c.value(), c.count(), null, null, null));
            }
        }
        return csv;
    }

    private static void rate(CsvWriter csv, String measure, String detail, Rate rate) {
        csv.row(measure, detail, rate.rate(), rate.count(), rate.total());
    }
}
