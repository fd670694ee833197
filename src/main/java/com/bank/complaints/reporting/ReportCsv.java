package com.bank.complaints.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.bank.complaints.system.CsvWriter;

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

    /** R-AN-1: one row per cause, with its count in each month of the trend. */
    static CsvWriter causes(CauseReport report) {
        List<String> header = new ArrayList<>(List.of("axis", "cause", "count", "share", "previousMonth",
                "openActions"));
        report.months().forEach(m -> header.add(m.toString()));
        CsvWriter csv = new CsvWriter(header.toArray(String[]::new));
        for (CauseReport.Cause c : report.causes()) {
            List<Object> row = new ArrayList<>(List.of(c.axis(), c.cause(), c.count()));
            row.add(c.share().rate());
            row.add(c.previousMonth());
            row.add(c.openActions().isEmpty() ? null : c.openActions().toString());
            row.addAll(c.trend());
            csv.row(row.toArray());
        }
        return csv;
    }

    static CsvWriter actions(List<CauseReport.ActionEffect> effects) {
        CsvWriter csv = new CsvWriter("id", "axis", "cause", "title", "owner", "status", "openedOn", "dueOn",
                "completedOn", "before", "beforeDays", "after", "afterDays", "perMonthBefore", "perMonthAfter", "change");
        effects.forEach(e -> csv.row(e.id(), e.axis(), e.cause(), e.title(), e.owner(), e.status(), e.openedOn(),
                e.dueOn(), e.completedOn(), e.before(), e.beforeDays(), e.after(), e.afterDays(), e.perMonthBefore(),
                e.perMonthAfter(), e.change()));
        return csv;
    }

    private static void rate(CsvWriter csv, String measure, String detail, Rate rate) {
        csv.row(measure, detail, rate.rate(), rate.count(), rate.total());
    }
}
