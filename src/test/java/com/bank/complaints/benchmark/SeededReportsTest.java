package com.bank.complaints.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.LoopbackHttp;
import com.bank.complaints.PostgresTestDatabase;
import com.bank.complaints.cluster.Node;
import com.bank.complaints.reporting.DayTotals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18.4: the growth seeder's SQL and the reports over what it seeds, at a small size on each
 * database: a sample of complaints driven to the archive, copied by {@link Seeder} to 1,000 closed
 * complaints, then every report endpoint answers with the figures the seeding implies, the same on H2
 * and on PostgreSQL (PostgreSQL's answers are compared with H2's, figure by figure), and the same once the closed
 * complaints are rolled into the reports' day totals (issue 19.5).
 */
class SeededReportsTest {

    private static final int SAMPLE = 5;
    private static final int COMPLAINTS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** H2's answers (figures only), by endpoint, for PostgreSQL's to equal. */
    private static final Map<String, JsonNode> ON_H2 = new LinkedHashMap<>();

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {Database.H2, Database.POSTGRESQL})
    @DisplayName("issue 18.4, 19.5 1,000 seeded closed complaints: the reports, dashboard, case library and pattern flags give the same figures on H2 and PostgreSQL, before and after the day totals")
    void seededReports(String kind) throws Exception {
        if (Database.POSTGRESQL.equals(kind)) {
            var postgres = PostgresTestDatabase.availability();
            Assumptions.assumeFalse(postgres.isDisabled(), postgres.getReason().orElse(""));
        }
        try (Database db = Database.of(kind, "seeded");
                Node node = db.node("seeded", "--complaints.vigilance.scan.enabled=false")) {
            JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
            Seeder seeder = new Seeder(jdbc, FeeCases.sample(node, SAMPLE));
            seeder.growTo(COMPLAINTS);
            LoopbackHttp compliance = new LoopbackHttp(node.port(), "compliance");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            String year = "from=" + today.minusDays(364) + "&to=" + today;

            Map<String, JsonNode> answers = answers(compliance, year);
            String dashboard = compliance.get("/dashboard?" + year, 200);

            // issue 19.5: the same answers once the closed complaints are in the day totals
            assertThat(node.bean(DayTotals.class).rollUp()).isEqualTo(COMPLAINTS);
            answers(compliance, year).forEach((path, answer) -> assertThat(answer)
                    .as(path + " from the day totals as from the complaints").isEqualTo(answers.get(path)));
            assertThat(compliance.get("/dashboard?" + year, 200)).isEqualTo(dashboard);

            JsonNode kpis = answers.get("/api/reports/kpis?{year}");
            assertThat(kpis.path("received").asLong()).isEqualTo(COMPLAINTS);
            assertThat(kpis.path("closed").asLong()).isEqualTo(COMPLAINTS);
            assertThat(kpis.path("rated").asLong()).isEqualTo(COMPLAINTS);
            // every 10th of the 199 copies breached its first response: 19 copies of 5 complaints
            assertThat(kpis.path("breachesPerClock").path("FIRST_RESPONSE").asLong()).isEqualTo(95);
            long perMonth = 0;
            for (JsonNode point : answers.get("/api/reports/trend?bucket=MONTH&{year}").path("points")) {
                perMonth += point.path("received").asLong();
            }
            assertThat(perMonth).isEqualTo(COMPLAINTS);
            assertThat(answers.get("/api/reports/dimensions?{year}").path("remedy").get(0).path("count").asLong())
                    .isEqualTo(COMPLAINTS);
            assertThat(answers.get("/api/case-library?q=charged%20twice").path("total").asLong()).isEqualTo(COMPLAINTS);
            assertThat(dashboard).contains("id=\"kpi-received\"><span class=\"figure\">" + COMPLAINTS + "</span>",
                    "id=\"kpi-closed\"><span class=\"figure\">" + COMPLAINTS + "</span>");
            if (Database.H2.equals(kind)) {
                ON_H2.putAll(answers);
            } else {
                Assumptions.assumeFalse(ON_H2.isEmpty(), "the H2 run did not finish: nothing to compare with");
                answers.forEach((path, answer) -> assertThat(answer).as(path + " on PostgreSQL as on H2")
                        .isEqualTo(ON_H2.get(path)));
            }
            System.out.printf("issue 18.4 seeded on %s: %,d closed complaints, %d endpoints and the dashboard answered "
                    + "the expected figures%s%n", kind, COMPLAINTS, answers.size(),
                    Database.H2.equals(kind) ? "" : ", each answer equal to H2's");
        }
    }

    private static Map<String, JsonNode> answers(LoopbackHttp compliance, String year) throws Exception {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/reports/kpis?" + year, "/api/reports/trend?bucket=MONTH&" + year,
                "/api/reports/dimensions?" + year, "/api/reports/root-causes?months=12",
                "/api/reports/improvement-actions", "/api/case-library?q=charged%20twice",
                "/api/case-library?category=TRANSACTION", "/api/pattern-flags?status=OPEN")) {
            answers.put(path.replace(year, "{year}"), figures(JSON.readTree(compliance.get(path, 200))));
        }
        return answers;
    }

    /** The answer without its moments ({@code closedAt}...), which differ between two runs; the rest are figures. */
    private static JsonNode figures(JsonNode answer) {
        if (answer instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getKey().endsWith("At"));
        }
        answer.forEach(SeededReportsTest::figures);
        return answer;
    }
}
