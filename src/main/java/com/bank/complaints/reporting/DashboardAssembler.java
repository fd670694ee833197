package com.bank.complaints.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import com.bank.complaints.intake.Channel;
import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.WebLanguage;
import com.bank.complaints.vigilance.PatternFlag;
import com.bank.complaints.vigilance.PatternFlags;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the dashboard page's model: the filter form with its choices, and the period's figures with
 * each table's CSV link (the page's filters kept) and the charts' data in the page's language.
 */
@Component
class DashboardAssembler {

    /** The root-cause section shows the month the period ends in, with this many months of trend. */
    static final int CAUSE_MONTHS = 6;
    static final int TOP_CAUSES = 10;
    /** The open suspicious-pattern flags shown; the rest are in /api/pattern-flags. */
    static final int OPEN_FLAGS = 20;
    /** The Chart.js WebJar's own record of its version, so the page names the version the build ships. */
    private static final String CHART_JS_POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private final ReportService reports;
    private final CauseReportService causes;
    private final PatternFlags flags;
    private final BusinessTime time;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final TaskExecutor readers;
    private final CauseNames causeNames;
    private final String chartJs;

    DashboardAssembler(ReportService reports, CauseReportService causes, PatternFlags flags, BusinessTime time,
            ObjectMapper json, MessageSource messages, @Qualifier(DashboardConfiguration.READERS) TaskExecutor readers,
            CauseNames causeNames) {
        this.causeNames = causeNames;
        this.reports = reports;
        this.causes = causes;
        this.flags = flags;
        this.time = time;
        this.json = json;
        this.messages = messages;
        this.readers = readers;
        this.chartJs = "/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.min.js";
    }

    /** The page's codes by name, in its language. */
    DashboardLabels labels(Locale locale) {
        return new DashboardLabels(messages, causeNames, locale);
    }

    /** What the page shows whatever its filters: the form's choices, the language switch, the chart script. */
    Map<String, Object> form(String queryString) {
        return Map.of("chartJs", chartJs,
                "languages", Map.of("en", inLanguage(queryString, "en"), "zh", inLanguage(queryString, "zh")),
                "channels", Arrays.stream(Channel.values()).map(Channel::name).toList(),
                "categories", reports.categories(),
                "buckets", Bucket.values());
    }

    /** The period the filters choose, or {@link com.bank.complaints.system.InvalidInputException} naming every bad filter. */
    DashboardView figures(ReportParameters filters, Locale locale) throws JsonProcessingException {
        ReportParameters.Parsed parsed = filters.parseFilters(time.today(), time.zone());
        ReportQuery query = parsed.query();
        Bucket bucket = parsed.bucket();
        // the page's reports read the same tables independently: side by side, the page takes as long as
        // the slowest of them instead of their sum (BENCHMARKS.md, growth)
        CompletableFuture<Kpis> kpisRead = CompletableFuture.supplyAsync(() -> reports.kpis(query), readers);
        CompletableFuture<Dimensions> dimensionsRead = CompletableFuture.supplyAsync(() -> reports.dimensions(query), readers);
        CompletableFuture<Trend> trendRead = CompletableFuture.supplyAsync(() -> reports.trend(query, bucket), readers);
        CauseReport causeReport = causes.report(YearMonth.from(query.to()), CAUSE_MONTHS, TOP_CAUSES);
        Kpis kpis = kpisRead.join();
        Trend trend = trendRead.join();
        Dimensions dimensions = dimensionsRead.join();
        String chartData = json.writeValueAsString(
                chartData(kpis, trend, dimensions, causeReport, new MessageSourceAccessor(messages, locale), labels(locale)));
        return new DashboardView(query, bucket, kpis, trend, dimensions, causeReport,
                flags.list(PatternFlag.OPEN, OPEN_FLAGS), links(query, bucket), chartData);
    }

    /** This page, with its filters, in the given language: the targets of the language switch. */
    private static String inLanguage(String queryString, String language) {
        return UriComponentsBuilder.fromPath("/dashboard").query(queryString)
                .replaceQueryParam(WebLanguage.PARAMETER, language).build().toUriString();
    }

    /** The CSV export of each table, with the page's period and filters. */
    private static Map<String, String> links(ReportQuery query, Bucket bucket) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("kpis", csv("/api/reports/kpis", query).build().toUriString());
        links.put("trend", csv("/api/reports/trend", query).queryParam("bucket", bucket).build().toUriString());
        for (Dimensions.Table table : Dimensions.Table.values()) {
            links.put(table.key(), csv("/api/reports/dimensions", query).queryParam("dimension", table.key())
                    .build().toUriString());
        }
        links.put("rootCauses", UriComponentsBuilder.fromPath("/api/reports/root-causes")
                .queryParam("month", YearMonth.from(query.to())).queryParam("months", CAUSE_MONTHS)
                .queryParam("top", TOP_CAUSES).queryParam("format", "csv").build().toUriString());
        links.put("improvementActions", "/api/reports/improvement-actions?format=csv");
        return links;
    }

    private static UriComponentsBuilder csv(String path, ReportQuery query) {
        return UriComponentsBuilder.fromPath(path).queryParam("from", query.from()).queryParam("to", query.to())
                .queryParamIfPresent("channel", Optional.ofNullable(query.channel()))
                .queryParamIfPresent("category", Optional.ofNullable(query.category()))
                .queryParam("format", "csv").encode();
    }

    private static Map<String, Object> chartData(Kpis kpis, Trend trend, Dimensions dimensions, CauseReport causes,
            MessageSourceAccessor text, DashboardLabels labels) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trend", Map.of("labels", trend.points().stream().map(Trend.Point::label).toList(),
                "received", trend.points().stream().map(Trend.Point::received).toList(),
                "closed", trend.points().stream().map(Trend.Point::closed).toList()));
        data.put("breaches", series(kpis.breachesPerClock(), clock -> text.getMessage("dashboard.clock." + clock)));
        data.put("channel", series(dimensions.channel(), labels::channel));
        data.put("category", series(dimensions.category(), labels::category));
        data.put("satisfaction", series(kpis.satisfactionScores(), UnaryOperator.identity()));
        data.put("causes", Map.of("labels", causes.causes().stream()
                        .map(c -> labels.axisAndCause(c.axis(), c.cause())).toList(),
                "values", causes.causes().stream().map(CauseReport.Cause::count).toList()));
        data.put("datasetLabels", Map.of("received", text.getMessage("dashboard.series.received"),
                "closed", text.getMessage("dashboard.series.closed"),
                "breaches", text.getMessage("dashboard.series.breaches"),
                "complaints", text.getMessage("dashboard.series.complaints"),
                "scores", text.getMessage("dashboard.series.scores")));
        return data;
    }

    private static Map<String, Object> series(Map<String, Long> values, UnaryOperator<String> label) {
        return Map.of("labels", values.keySet().stream().map(label).toList(), "values", List.copyOf(values.values()));
    }

    private static Map<String, Object> series(List<Dimensions.Count> counts, UnaryOperator<String> label) {
        return Map.of("labels", counts.stream().map(Dimensions.Count::value).map(label).toList(),
                "values", counts.stream().map(Dimensions.Count::count).toList());
    }

    private static String chartJsVersion() {
        try (InputStream in = new ClassPathResource(CHART_JS_POM).getInputStream()) {
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Chart.js WebJar missing from the classpath: " + CHART_JS_POM, e);
        }
    }
}
