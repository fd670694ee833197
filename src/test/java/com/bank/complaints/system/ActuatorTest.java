package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.TestComplaints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Health for load balancers, health details and metrics for administrators and compliance officers. */
@DeskTest
class ActuatorTest {

    @Autowired
    Desk desk;

    @Test
    void loadBalancersGetTheHealthStatusWithoutDetails() {
        ResponseEntity<Map> response = desk.anonymous().getForEntity("/actuator/health", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("status", "UP").doesNotContainKeys("components", "details");
    }

    @Test
    void loadBalancersGetTheReadinessProbe() {
        ResponseEntity<Map> response = desk.anonymous().getForEntity("/actuator/health/readiness", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("status", "UP").doesNotContainKeys("components", "details");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorSeesTheDatabaseAndMailHealth() {
        ResponseEntity<Map> response = desk.as("admin").getForEntity("/actuator/health", Map.class);

        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) response.getBody().get("components");
        assertThat(components).containsKeys("db", "mail");
        assertThat(components.get("db")).containsEntry("status", "UP");
        assertThat(components.get("mail")).containsEntry("status", "UP");
    }

    @Test
    void anonymousCallersGetNoMetrics() {
        ResponseEntity<String> response = desk.anonymous().getForEntity("/actuator/prometheus", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void staffOutsideAdministrationAndComplianceGetNoMetrics() {
        ResponseEntity<String> response = desk.as("handler").getForEntity("/actuator/prometheus", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aComplianceOfficerReadsTheMetrics() {
        ResponseEntity<String> response = desk.as("compliance").getForEntity("/actuator/prometheus", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void prometheusShowsTheJobBacklogIncidentsByTypeAndTheJvm() {
        String metrics = prometheus();

        assertThat(metrics)
                .contains("complaints_jobs_backlog", "complaints_jobs_failed", "complaints_received_total")
                .containsPattern("complaints_incidents_open\\{[^}]*type=\"failedJob\"")
                .containsPattern("complaints_incidents_open\\{[^}]*type=\"slaBreach\"")
                .contains("jvm_memory_used_bytes", "jvm_threads_live_threads");
    }

    @Test
    void aNewComplaintsReceiptWaitsInTheJobBacklog() {
        double before = value(prometheus(), "complaints_jobs_backlog");

        desk.accepted(TestComplaints.feeComplaint());

        // the job executor is off in tests: the receipt job waits until someone runs it
        double after = value(prometheus(), "complaints_jobs_backlog");
        assertThat(after).isGreaterThanOrEqualTo(1).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void aNewComplaintCountsAsReceived() {
        double before = value(prometheus(), "complaints_received_total");

        desk.accepted(TestComplaints.feeComplaint());

        assertThat(value(prometheus(), "complaints_received_total")).isEqualTo(before + 1);
    }

    private String prometheus() {
        ResponseEntity<String> response = desk.as("admin").getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The value of a metric without further tags than the application's, from Prometheus's text format. */
    private static double value(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} (\\S+)$").matcher(metrics);
        assertThat(line.find()).as("%s in%n%s", name, metrics).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
