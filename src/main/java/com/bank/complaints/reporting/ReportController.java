package com.bank.complaints.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.CsvWriter;
import com.bank.complaints.system.Parameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-AN-1..3 for compliance and management: key figures, trend and dimensions of a period as JSON,
 * or as CSV with format=csv or Accept: text/csv. Parameters: from, to (yyyy-MM-dd, both included,
 * the bank's days; default the last 30 days), channel, category; bucket (DAY, WEEK, MONTH) for the
 * trend; dimension for one table of the dimensions. The root-cause report (R-AN-1) takes a month
 * instead of a period.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final ReportService reports;
    private final CauseReportService causes;
    private final BusinessTime time;

    ReportController(ReportService reports, CauseReportService causes, BusinessTime time) {
        this.reports = reports;
        this.causes = causes;
        this.time = time;
    }

    @GetMapping("/kpis")
    ResponseEntity<?> kpis(@ModelAttribute ReportParameters parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportParameters.Parsed request = parameters.parse(time.today(), time.zone(), accept, false, false);
        Kpis kpis = reports.kpis(request.query());
        return request.csv() ? csv("complaint-kpis", request.query(), ReportCsv.kpis(kpis)) : ReportFormat.json(kpis);
    }

    @GetMapping("/trend")
    ResponseEntity<?> trend(@ModelAttribute ReportParameters parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportParameters.Parsed request = parameters.parse(time.today(), time.zone(), accept, true, false);
        Trend trend = reports.trend(request.query(), request.bucket());
        return request.csv() ? csv("complaint-trend-" + request.bucket().name().toLowerCase(Locale.ROOT),
                request.query(), ReportCsv.trend(trend)) : ReportFormat.json(trend);
    }

    @GetMapping("/dimensions")
    ResponseEntity<?> dimensions(@ModelAttribute ReportParameters parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportParameters.Parsed request = parameters.parse(time.today(), time.zone(), accept, false, true);
        Dimensions dimensions = reports.dimensions(request.query());
        Dimensions.Table table = request.table();
        if (request.csv()) {
            return csv(table == null ? "complaint-dimensions" : "complaint-" + table.key(), request.query(),
                    ReportCsv.dimensions(dimensions, table));
        }
        if (table == null) {
            return ReportFormat.json(dimensions);
        }
        List<?> rows = table == Dimensions.Table.REMEDY ? dimensions.remedy() : dimensions.counts(table);
        return ReportFormat.json(new DimensionTable(request.query(), table.key(), table.basis(), rows));
    }

    /** R-AN-1: the month's top root causes with their trend; as CSV one row per cause, one column per month. */
    @GetMapping("/root-causes")
    ResponseEntity<?> rootCauses(@ModelAttribute CauseReportParameters parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        CauseReportParameters.Parsed request = parameters.parse(YearMonth.from(time.today()), accept);
        CauseReport report = causes.report(request.month(), request.months(), request.top());
        return request.csv() ? ReportFormat.csv("root-causes_" + report.month(), ReportCsv.causes(report))
                : ReportFormat.json(report);
    }

    /** R-AN-1: every improvement action and its effect on the complaints with its cause. */
    @GetMapping("/improvement-actions")
    ResponseEntity<?> improvementActions(@RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Parameters read = new Parameters();
        boolean csv = ReportFormat.wantsCsv(format, accept, read);
        read.validate();
        List<CauseReport.ActionEffect> effects = causes.effects();
        return csv ? ReportFormat.csv("improvement-actions_" + time.today(), ReportCsv.actions(effects))
                : ReportFormat.json(effects);
    }

    /** One table of the dimensions (dimension=...): its rows and whether it counts received or closed complaints. */
    record DimensionTable(ReportQuery period, String dimension, String basis, List<?> rows) {
    }

    /** A report of a period is named after it. */
    private static ResponseEntity<byte[]> csv(String name, ReportQuery query, CsvWriter csv) {
        return ReportFormat.csv(name + "_" + query.from() + "_" + query.to(), csv);
    }
}
