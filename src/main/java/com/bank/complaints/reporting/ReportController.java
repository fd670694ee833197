package com.bank.complaints.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.bank.complaints.system.BusinessTime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-AN-1..3 for compliance and management: key figures, trend and dimensions of a period as JSON,
 * or as CSV with format=csv or Accept: text/csv. Parameters: from, to (yyyy-MM-dd, both included,
 * the bank's days; default the last 30 days), channel, category; bucket (DAY, WEEK, MONTH) for the
 * trend; dimension for one table of the dimensions.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportService reports;
    private final BusinessTime time;

    ReportController(ReportService reports, BusinessTime time) {
        this.reports = reports;
        this.time = time;
    }

    @GetMapping("/kpis")
    ResponseEntity<?> kpis(@ModelAttribute ReportParameters parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportParameters.Parsed request = parameters.parse(time.today(), time.zone(), accept, false, false);
        Kpis kpis = reports.kpis(request.query());
        return request.csv() ? csv("complaint-kpis", request.query(), ReportCsv.kpis(kpis)) : json(kpis);
    }

    @GetMapping("/trend")
    ResponseEntity<?> trend(@ModelAttribute ReportParameters parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportParameters.Parsed request = parameters.parse(time.today(), time.zone(), accept, true, false);
        Trend trend = reports.trend(request.query(), request.bucket());
        return request.csv() ? csv("complaint-trend-" + request.bucket().name().toLowerCase(Locale.ROOT),
                request.query(), ReportCsv.trend(trend)) : json(trend);
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
            return json(dimensions);
        }
        List<?> rows = table == Dimensions.Table.REMEDY ? dimensions.remedy() : dimensions.counts(table);
        return json(new DimensionTable(request.query(), table.key(), table.basis(), rows));
    }

    /** One table of the dimensions (dimension=...): its rows and whether it counts received or closed complaints. */
    record DimensionTable(ReportQuery period, String dimension, String basis, List<?> rows) {
    }

    private static ResponseEntity<Object> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(body);
    }

    private static ResponseEntity<byte[]> csv(String name, ReportQuery query, CsvWriter csv) {
        String fileName = name + "_" + query.from() + "_" + query.to() + ".csv";
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(csv.bytes());
    }
}
