package com.bank.complaints.reporting;

import static com.bank.complaints.reporting.ReportData.FROM;
import static com.bank.complaints.reporting.ReportData.ODD_CATEGORY;
import static com.bank.complaints.reporting.ReportData.TO;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.sla.SlaClock;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-AN-1..3: the report API's arithmetic on a known data set in March 2025 (see {@link ReportData}). */
@DeskTest
class ReportApiTest {

    private static final String MARCH = "from=" + FROM + "&to=" + TO;
    /** Reads numbers as written: 1100.00 stays 1100.00. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @Autowired
    Desk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DayTotals dayTotals;

    /** Every complaint counted from its own rows; {@link ReportApiFromDayTotalsTest} rolls them up after this. */
    @BeforeEach
    void knownData() {
        ReportData.insertOnce(jdbc);
        dayTotals.recount();
    }

    @Test
    @DisplayName("R-AN-3 received counts the complaints received on the bank's days of the period, not UTC days")
    void receivedCountsTheBanksDays() {
        JsonNode kpis = get("/api/reports/kpis?" + MARCH);

        assertThat(kpis.at("/received").asLong()).isEqualTo(5);
        assertThat(kpis.at("/period/from").asText()).isEqualTo(FROM);
        assertThat(kpis.at("/period/to").asText()).isEqualTo(TO);
        assertThat(kpis.at("/period/zone").asText()).isEqualTo("Asia/Shanghai");
    }

    @Test
    @DisplayName("R-AN-3 closed counts the complaints archived in the period, whenever they were received")
    void closedCountsArchivedComplaints() {
        assertThat(get("/api/reports/kpis?" + MARCH).at("/closed").asLong()).isEqualTo(5);
    }

    @Test
    @DisplayName("R-AN-3 24-hour response rate: first-response clocks stopped by their due, of those stopped or overdue")
    void firstResponseRate() {
        assertRate(get("/api/reports/kpis?" + MARCH).at("/firstResponseRate24h"), 3, 5, "0.6000");
    }

    @Test
    @DisplayName("R-AN-3 on-time closure per clock: a running clock counts only once overdue; clocks without data have no rate")
    void onTimeClosureRatePerClock() {
        JsonNode rates = get("/api/reports/kpis?" + MARCH).at("/onTimeClosureRate");

        assertRate(rates.at("/FIRST_RESPONSE"), 3, 5, "0.6000");
        assertRate(rates.at("/REPLY"), 1, 3, "0.3333");
        assertRate(rates.at("/REGULATORY_CLOSE"), 3, 3, "1");
        assertThat(rates.at("/CALLBACK/total").asLong()).isZero();
        assertThat(rates.at("/CALLBACK/rate").isNull()).isTrue();
        assertThat(rates.size()).isEqualTo(SlaClock.values().length);
    }

    @Test
    @DisplayName("R-AN-3 first-contact resolution: closed without escalation or rejected offer; old archive rows left out")
    void firstContactResolutionRate() {
        assertRate(get("/api/reports/kpis?" + MARCH).at("/firstContactResolutionRate"), 2, 4, "0.5000");
    }

    @Test
    @DisplayName("R-AN-3 repeat-complaint rate: the customer complained in the 90 days before (91 days is too long ago)")
    void repeatComplaintRate() {
        JsonNode kpis = get("/api/reports/kpis?" + MARCH);

        assertRate(kpis.at("/repeatComplaintRate"), 2, 5, "0.4000");
        assertThat(kpis.at("/repeatWindowDays").asInt()).isEqualTo(90);
    }

    @Test
    @DisplayName("R-AN-3 satisfaction and NPS: average score, share of 4-5, share of 1-2 and their difference")
    void satisfactionAndNetPromoters() {
        JsonNode kpis = get("/api/reports/kpis?" + MARCH);

        assertThat(kpis.at("/rated").asLong()).isEqualTo(4);
        assertThat(kpis.at("/averageSatisfaction").decimalValue()).isEqualByComparingTo("3.50");
        assertRate(kpis.at("/promoterShare"), 2, 4, "0.5000");
        assertRate(kpis.at("/detractorShare"), 1, 4, "0.2500");
        assertThat(kpis.at("/netPromoterShare").decimalValue()).isEqualByComparingTo("0.2500");
        assertThat(JSON.convertValue(kpis.at("/satisfactionScores"), Map.class))
                .containsExactly(Map.entry("1", 0), Map.entry("2", 1), Map.entry("3", 1), Map.entry("4", 1),
                        Map.entry("5", 1));
    }

    @Test
    @DisplayName("R-AN-3 breaches per clock: the breaches recorded on the bank's days of the period")
    void breachesPerClock() {
        JsonNode breaches = get("/api/reports/kpis?" + MARCH).at("/breachesPerClock");

        assertThat(breaches.at("/FIRST_RESPONSE").asLong()).isEqualTo(2);
        assertThat(breaches.at("/REPLY").asLong()).isEqualTo(1);
        assertThat(breaches.at("/REGULATORY_CLOSE").asLong()).isZero();
        assertThat(breaches.size()).isEqualTo(SlaClock.values().length);
    }

    @Test
    @DisplayName("R-AN-2 every figure can be narrowed to a channel and a category")
    void channelAndCategoryFilters() {
        JsonNode app = get("/api/reports/kpis?" + MARCH + "&channel=APP");
        assertThat(app.at("/received").asLong()).isEqualTo(2);
        assertThat(app.at("/closed").asLong()).isEqualTo(1);
        assertRate(app.at("/firstResponseRate24h"), 2, 2, "1");
        assertThat(app.at("/period/channel").asText()).isEqualTo("APP");

        JsonNode transactions = get("/api/reports/kpis?" + MARCH + "&category=transaction");
        assertThat(transactions.at("/received").asLong()).isEqualTo(2);
        assertThat(transactions.at("/closed").asLong()).isEqualTo(2);

        assertThat(get("/api/reports/kpis?" + MARCH + "&channel=APP&category=TRANSACTION").at("/received").asLong())
                .isEqualTo(1);
        assertThat(get("/api/reports/trend?" + MARCH + "&bucket=MONTH&channel=HOTLINE").at("/points/0/received").asLong())
                .isEqualTo(1);
        assertThat(get("/api/reports/dimensions?" + MARCH + "&channel=APP").at("/product/0").toString())
                .isEqualTo("{\"value\":\"CREDIT_CARD\",\"count\":2}");
    }

    @Test
    @DisplayName("without dates a report covers the last 30 days up to today, in the bank's time zone")
    void defaultPeriodIsTheLastThirtyDays() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        JsonNode period = get("/api/reports/kpis").at("/period");

        assertThat(period.at("/to").asText()).isEqualTo(today.toString());
        assertThat(period.at("/from").asText()).isEqualTo(today.minusDays(29).toString());
    }

    @Test
    @DisplayName("R-AN-1 trend by day: every day of the period, empty days included")
    void trendByDay() {
        JsonNode trend = get("/api/reports/trend?from=2025-03-01&to=2025-03-05&bucket=DAY");

        assertThat(trend.at("/bucket").asText()).isEqualTo("DAY");
        assertThat(points(trend)).containsExactly("2025-03-01 2025-03-01..2025-03-01 1/0",
                "2025-03-02 2025-03-02..2025-03-02 0/0", "2025-03-03 2025-03-03..2025-03-03 1/0",
                "2025-03-04 2025-03-04..2025-03-04 1/0", "2025-03-05 2025-03-05..2025-03-05 0/1");
    }

    @Test
    @DisplayName("R-AN-1 trend by ISO week: the first and last weeks are cut to the period")
    void trendByWeek() {
        JsonNode trend = get("/api/reports/trend?" + MARCH + "&bucket=week");

        assertThat(points(trend)).containsExactly("2025-W09 2025-03-01..2025-03-02 1/0",
                "2025-W10 2025-03-03..2025-03-09 2/1", "2025-W11 2025-03-10..2025-03-16 2/2",
                "2025-W12 2025-03-17..2025-03-23 0/1", "2025-W13 2025-03-24..2025-03-30 0/0",
                "2025-W14 2025-03-31..2025-03-31 0/1");
    }

    @Test
    @DisplayName("R-AN-1 trend by month")
    void trendByMonth() {
        JsonNode trend = get("/api/reports/trend?from=2025-02-01&to=2025-04-30&bucket=MONTH");

        assertThat(points(trend)).containsExactly("2025-02 2025-02-01..2025-02-28 2/0",
                "2025-03 2025-03-01..2025-03-31 5/5", "2025-04 2025-04-01..2025-04-30 1/1");
    }

    @Test
    @DisplayName("R-AN-2 dimensions: channel, product, category, special kind and profile of the received; finding and remedy of the closed")
    void dimensions() {
        JsonNode d = get("/api/reports/dimensions?" + MARCH);

        assertThat(counts(d.at("/channel"))).containsExactly("APP=2", "EMAIL=1", "HOTLINE=1", "WEB=1");
        assertThat(counts(d.at("/product"))).containsExactly("CREDIT_CARD=3", "CASH_INSTALLMENT=1", "INSTALLMENT_PLAN=1");
        assertThat(counts(d.at("/category"))).containsExactly("TRANSACTION=2", ODD_CATEGORY + "=1", "PRODUCT=1", "SERVICE=1");
        assertThat(counts(d.at("/specialKind"))).containsExactly("NONE=4", "MEDIA_RISK=1");
        assertThat(counts(d.at("/customerSegment"))).containsExactly("MASS=3", "AFFLUENT=1", "NOT_RECORDED=1");
        assertThat(counts(d.at("/customerAgeBand"))).containsExactly("AGE_25_34=2", "AGE_35_44=1", "AGE_55_64=1",
                "NOT_RECORDED=1");
        assertThat(counts(d.at("/finding"))).containsExactly("FACT_CLEAR=3", "LIABILITY_DISPUTE=1", "MISUNDERSTANDING=1");
        assertThat(counts(d.at("/complaintsPerCustomer"))).containsExactly("1=3", "2=1");
    }

    @Test
    @DisplayName("R-AN-2 which remedies worked: count, total amount and average satisfaction after each remedy")
    void remedies() {
        JsonNode remedies = get("/api/reports/dimensions?" + MARCH).at("/remedy");

        List<String> rows = new ArrayList<>();
        remedies.forEach(r -> rows.add(r.at("/value").asText() + " " + r.at("/count").asLong() + " "
                + r.at("/totalAmount").decimalValue().toPlainString() + " " + r.at("/rated").asLong() + " "
                + (r.at("/averageSatisfaction").isNull() ? "-" : r.at("/averageSatisfaction").decimalValue().toPlainString())));
        assertThat(rows).containsExactly("REFUND 2 1100.00 2 4.00", "EXPLANATION_ONLY 1 0.00 1 2.00",
                "FEE_WAIVER 1 50.00 1 4.00", "POINTS_GOODWILL 1 20.00 0 -");
    }

    @Test
    @DisplayName("one table of the dimensions with dimension=...")
    void oneDimension() {
        JsonNode table = get("/api/reports/dimensions?" + MARCH + "&dimension=finding");

        assertThat(table.at("/dimension").asText()).isEqualTo("finding");
        assertThat(table.at("/basis").asText()).isEqualTo("closed");
        assertThat(counts(table.at("/rows"))).containsExactly("FACT_CLEAR=3", "LIABILITY_DISPUTE=1", "MISUNDERSTANDING=1");
    }

    @Test
    @DisplayName("CSV with format=csv: UTF-8, a header row, fields with commas and quotes quoted")
    void dimensionsAsCsv() {
        ResponseEntity<byte[]> response = desk.as("compliance")
                .getForEntity("/api/reports/dimensions?" + MARCH + "&format=csv", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("complaint-dimensions_2025-03-01_2025-03-31.csv");
        List<String> lines = List.of(new String(response.getBody(), StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFdimension,basis,value,count,totalAmount,rated,averageSatisfaction");
        assertThat(lines).contains("channel,received,APP,2,,,", "category,received,\"FEE, \"\"DOUBLE\"\" CHARGE\",1,,,",
                "remedy,closed,REFUND,2,1100.00,2,4.00", "remedy,closed,POINTS_GOODWILL,1,20.00,0,",
                "complaintsPerCustomer,received,2,1,,,");
    }

    @Test
    @DisplayName("CSV with Accept: text/csv, for the key figures and the trend")
    void kpisAndTrendAsCsvByAcceptHeader() {
        String kpis = csv("/api/reports/kpis?" + MARCH);
        assertThat(kpis).startsWith("measure,detail,value,count,total\r\n").contains("\r\nreceived,,5,,\r\n",
                "\r\nfirstResponseRate24h,FIRST_RESPONSE,0.6000,3,5\r\n", "\r\nonTimeClosureRate,REPLY,0.3333,1,3\r\n",
                "\r\nonTimeClosureRate,CALLBACK,,0,0\r\n", "\r\nrepeatComplaintRate,within 90 days,0.4000,2,5\r\n",
                "\r\naverageSatisfaction,,3.50,,4\r\n", "\r\nbreaches,FIRST_RESPONSE,2,,\r\n");

        String trend = csv("/api/reports/trend?" + MARCH + "&bucket=WEEK");
        assertThat(trend.split("\r\n")).startsWith("week,start,end,received,closed", "2025-W09,2025-03-01,2025-03-02,1,0")
                .hasSize(7);
    }

    @Test
    @DisplayName("JSON unless CSV is asked for")
    void jsonByDefault() {
        ResponseEntity<String> response = desk.as("compliance").getForEntity("/api/reports/trend?" + MARCH, String.class);

        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/reports/kpis?from=2025-04-01&to=2025-03-01 | from",
            "/api/reports/kpis?from=2025-13-01&to=2025-03-01 | from",
            "/api/reports/kpis?from=2025-03-01&to=31.03.2025 | to",
            "/api/reports/kpis?from=2015-01-01&to=2025-03-01 | from",
            "/api/reports/trend?" + MARCH + "&bucket=YEAR | bucket",
            "/api/reports/dimensions?" + MARCH + "&channel=FAX | channel",
            "/api/reports/dimensions?" + MARCH + "&category=AN-OVERLONG-CATEGORY-NAME | category",
            "/api/reports/dimensions?" + MARCH + "&dimension=ageBand | dimension",
            "/api/reports/kpis?" + MARCH + "&format=xlsx | format"})
    @DisplayName("bad parameters answer 400 problem JSON naming the parameter")
    void badParameters(String url, String field) throws Exception {
        ResponseEntity<String> response = desk.as("compliance").getForEntity(url, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        JsonNode errors = JSON.readTree(response.getBody()).at("/errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.at("/0/field").asText()).isEqualTo(field);
    }

    @Test
    @DisplayName("every bad parameter is named at once, also when CSV was asked for")
    void everyBadParameterAtOnce() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> response = desk.as("compliance").exchange(
                "/api/reports/trend?from=yesterday&channel=FAX&bucket=HOUR", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.getBody()).at("/errors").forEach(e -> fields.add(e.at("/field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("from", "channel", "bucket");
    }

    private String csv(String url) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<byte[]> response = desk.as("compliance").exchange(url, HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        String text = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return text.substring(1);
    }

    private JsonNode get(String url) {
        return desk.read("compliance", url);
    }

    private static void assertRate(JsonNode rate, long count, long total, String ratio) {
        assertThat(rate.at("/count").asLong()).as("count").isEqualTo(count);
        assertThat(rate.at("/total").asLong()).as("total").isEqualTo(total);
        assertThat(rate.at("/rate").decimalValue()).as("rate").isEqualByComparingTo(new BigDecimal(ratio));
    }

    private static List<String> points(JsonNode trend) {
        List<String> points = new ArrayList<>();
        trend.at("/points").forEach(p -> points.add(p.at("/label").asText() + " " + p.at("/start").asText() + ".."
                + p.at("/end").asText() + " " + p.at("/received").asLong() + "/" + p.at("/closed").asLong()));
        return points;
    }

    private static List<String> counts(JsonNode rows) {
        List<String> counts = new ArrayList<>();
        rows.forEach(r -> counts.add(r.at("/value").asText() + "=" + r.at("/count").asLong()));
        return counts;
    }
}
