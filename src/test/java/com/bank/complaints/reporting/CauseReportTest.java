package com.bank.complaints.reporting;

import static com.bank.complaints.reporting.ReportData.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-AN-1, the monthly root-cause report, on a known set of causes in the first half of 2023 (bank time):
 *
 * <pre>
 * case   closed              PROCESS            STAFF       SYSTEM
 * RC-1   2023-06-10          FEE_RULES_UNCLEAR  -           CALCULATION_ERROR
 * RC-2   2023-06-01 00:30    FEE_RULES_UNCLEAR  -           -                  (still 31 May in UTC)
 * RC-3   2023-06-20          -                  MISSELLING  -
 * RC-4   2023-06-25          -                  -           -                  (recorded: no cause on any axis)
 * RC-5   2023-05-15          FEE_RULES_UNCLEAR  -           -
 * RC-6   2023-05-16          -                  -           OUTAGE
 * RC-7   2023-03-05          FEE_RULES_UNCLEAR  -           -
 * </pre>
 *
 * June: 4 recorded, 3 with a cause; PROCESS 2, STAFF 1, SYSTEM 1; FEE_RULES_UNCLEAR 2 of 4 (trend
 * January to June 0, 0, 1, 0, 1, 2). An action against FEE_RULES_UNCLEAR opened on 1 April and
 * completed on 1 May, seen on 1 July: 1 case in the 90 days before (0.33 a month), 3 in the 61 days
 * since (1.48 a month).
 */
@DeskTest
class CauseReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Desk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CauseReportService reports;

    @BeforeEach
    void causes() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM complaint_archive WHERE reference LIKE 'RC-%'", Long.class) > 0) {
            return;
        }
        closed("RC-1", "2023-06-10T10:00", "FEE_RULES_UNCLEAR", null, "CALCULATION_ERROR");
        closed("RC-2", "2023-06-01T00:30", "FEE_RULES_UNCLEAR", null, null);
        closed("RC-3", "2023-06-20T10:00", null, "MISSELLING", null);
        closed("RC-4", "2023-06-25T10:00", null, null, null);
        closed("RC-5", "2023-05-15T10:00", "FEE_RULES_UNCLEAR", null, null);
        closed("RC-6", "2023-05-16T10:00", null, null, "OUTAGE");
        closed("RC-7", "2023-03-05T10:00", "FEE_RULES_UNCLEAR", null, null);
    }

    @Test
    @DisplayName("R-AN-1 the month's causes: recorded cases, cases with a cause, counts per axis")
    void monthsCausesPerAxis() {
        JsonNode report = get("/api/reports/root-causes?month=2023-06");

        assertThat(report.at("/month").asText()).isEqualTo("2023-06");
        assertThat(report.at("/recorded").asLong()).isEqualTo(4);
        assertThat(report.at("/withCause").asLong()).isEqualTo(3);
        assertThat(report.at("/byAxis/PROCESS").asLong()).isEqualTo(2);
        assertThat(report.at("/byAxis/STAFF").asLong()).isEqualTo(1);
        assertThat(report.at("/byAxis/SYSTEM").asLong()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-AN-1 the top causes, most frequent first, with their share, last month's count and the trend")
    void topCausesWithTrend() {
        JsonNode report = get("/api/reports/root-causes?month=2023-06&months=6");

        List<String> rows = new ArrayList<>();
        report.at("/causes").forEach(c -> rows.add(c.at("/axis").asText() + " " + c.at("/cause").asText() + " "
                + c.at("/count").asLong() + " " + c.at("/share/rate").asText() + " "
                + c.at("/previousMonth").asLong() + " " + c.at("/trend")));
        assertThat(rows).containsExactly("PROCESS FEE_RULES_UNCLEAR 2 0.5000 1 [0,0,1,0,1,2]",
                "STAFF MISSELLING 1 0.2500 0 [0,0,0,0,0,1]", "SYSTEM CALCULATION_ERROR 1 0.2500 0 [0,0,0,0,0,1]");
        assertThat(report.at("/months").toString())
                .isEqualTo("[\"2023-01\",\"2023-02\",\"2023-03\",\"2023-04\",\"2023-05\",\"2023-06\"]");
    }

    @Test
    @DisplayName("R-AN-1 top=1 keeps the most frequent cause only")
    void topLimitsTheCauses() {
        assertThat(get("/api/reports/root-causes?month=2023-06&top=1").at("/causes").size()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-AN-1 as CSV: one row per cause, one column per month of the trend")
    void causesAsCsv() {
        ResponseEntity<byte[]> response = desk.as("compliance")
                .getForEntity("/api/reports/root-causes?month=2023-06&months=3&format=csv", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("root-causes_2023-06.csv");
        String[] lines = new String(response.getBody(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).containsExactly("\uFEFFaxis,cause,count,share,previousMonth,openActions,2023-04,2023-05,2023-06",
                "PROCESS,FEE_RULES_UNCLEAR,2,0.5000,1,,0,1,2", "STAFF,MISSELLING,1,0.2500,0,,0,0,1",
                "SYSTEM,CALCULATION_ERROR,1,0.2500,0,,0,0,1");
    }

    @Test
    @DisplayName("R-AN-1 an improvement action's effect: its cause per month before it was opened and since it was done")
    void improvementActionEffect() {
        jdbc.update("INSERT INTO improvement_action (axis, cause, title, owner, opened_by, opened_at, completed_at, "
                + "completed_by, outcome) VALUES ('PROCESS', 'FEE_RULES_UNCLEAR', 'Effect test: clearer fee table', "
                + "'handler', 'supervisor', ?, ?, 'handler', 'Fee table rewritten.')",
                at("2023-04-01T00:00"), at("2023-05-01T00:00"));
        ClockUtil.setCurrentTime(Date.from(at("2023-07-01T00:00").toInstant()));
        try {
            CauseReport.ActionEffect effect = reports.effects().stream()
                    .filter(e -> e.title().equals("Effect test: clearer fee table")).findFirst().orElseThrow();

            assertThat(effect.status()).isEqualTo("COMPLETED");
            assertThat(effect.before()).isEqualTo(1);
            assertThat(effect.perMonthBefore()).isEqualByComparingTo("0.33");
            assertThat(effect.after()).isEqualTo(3);
            assertThat(effect.afterDays()).isEqualTo(61);
            assertThat(effect.perMonthAfter()).isEqualByComparingTo("1.48");
        } finally {
            ClockUtil.reset();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/reports/root-causes?month=June | month",
            "/api/reports/root-causes?months=25 | months",
            "/api/reports/root-causes?top=zero | top",
            "/api/reports/improvement-actions?format=xlsx | format"})
    @DisplayName("bad parameters of the root-cause reports answer 400 naming the parameter")
    void badParameters(String url, String field) throws Exception {
        ResponseEntity<String> response = desk.as("compliance").getForEntity(url, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(response.getBody()).at("/errors/0/field").asText()).isEqualTo(field);
    }

    @Test
    @DisplayName("the root-cause reports are for compliance and management: a handler gets 403, nobody anonymous")
    void authorization() {
        assertThat(desk.as("handler").getForEntity("/api/reports/root-causes", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.anonymous().getForEntity("/api/reports/improvement-actions", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(desk.as("director").getForEntity("/api/reports/improvement-actions", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void closed(String reference, String closedAt, String process, String staff, String system) {
        jdbc.update("INSERT INTO complaint_archive (reference, archived_at, escalated, cause_summary, history) "
                + "VALUES (?, ?, FALSE, 'Known cause.', '{}')", reference, at(closedAt));
        cause(reference, "PROCESS", process, closedAt);
        cause(reference, "STAFF", staff, closedAt);
        cause(reference, "SYSTEM", system, closedAt);
    }

    private void cause(String reference, String axis, String cause, String at) {
        if (cause != null) {
            jdbc.update("INSERT INTO complaint_cause (reference, axis, cause, recorded_at, recorded_by) "
                    + "VALUES (?, ?, ?, ?, 'handler')", reference, axis, cause, at(at));
        }
    }

    private JsonNode get(String url) {
        return desk.read("compliance", url);
    }
}
