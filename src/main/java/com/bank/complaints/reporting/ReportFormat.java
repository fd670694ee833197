package com.bank.complaints.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import com.bank.complaints.system.CsvWriter;
import com.bank.complaints.system.Parameters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;

/**
 * JSON or CSV, the one rule of every report and export: format=csv or format=json wins; without it,
 * CSV when the Accept header names text/csv at least as high as JSON.
 */
public final class ReportFormat {

    static final MediaType TEXT_CSV = new MediaType("text", "csv");
    private static final MediaType CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private ReportFormat() {
    }

    /** Whether the caller asked for CSV; a format other than json or csv is named in {@code read}. */
    public static boolean wantsCsv(String format, String accept, Parameters read) {
        if (StringUtils.hasText(format)) {
            return "csv".equals(read.choice("format", format, List.of("json", "csv"), Function.identity(), null));
        }
        if (!StringUtils.hasText(accept)) {
            return false;
        }
        try {
            double csvQuality = 0;
            double jsonQuality = 0;
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (TEXT_CSV.equalsTypeAndSubtype(type)) {
                    csvQuality = Math.max(csvQuality, type.getQualityValue());
                } else if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
                    jsonQuality = Math.max(jsonQuality, type.getQualityValue());
                }
            }
            return csvQuality > 0 && csvQuality >= jsonQuality;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    public static ResponseEntity<Object> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(body);
    }

    /** The table as a CSV download named {@code name}.csv. */
    public static ResponseEntity<byte[]> csv(String name, CsvWriter csv) {
        return ResponseEntity.ok().contentType(CSV_UTF8).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + ".csv").build().toString())
                .body(csv.bytes());
    }
}
