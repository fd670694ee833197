package com.bank.complaints.cluster;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Crash recovery: two nodes of the built jar, as separate processes on one PostgreSQL database and
 * one SMTP server (GreenMail in this test). One node is killed with SIGKILL while it executes jobs
 * under load and started again. Every accepted complaint is still there and moves on, the jobs the
 * dead node had locked are taken over once their lock expires, and nothing is done twice.
 * Traffic stays on localhost; the run is bounded in time.
 */
class CrashRecoveryIT {

    private static final int COMPLAINTS = 120;
    private static final Duration LOCK_TIME = Duration.ofSeconds(10);
    private static final Pattern REFERENCE = Pattern.compile("CC-\\d{8}-\\d{6}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Process> processes = Collections.synchronizedList(new ArrayList<>());
    private PostgresDatabase db;
    private GreenMail smtp;

    /** The nodes' logs stay for a reviewer. */
    private final Path logs = Path.of("target", "crash-recovery-logs");

    @AfterEach
    void stopEverything() throws Exception {
        processes.forEach(Process::destroyForcibly);
        for (Process process : processes) {
            process.waitFor(30, TimeUnit.SECONDS);
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    @DisplayName("a node killed with kill -9 under load loses nothing: its locked jobs are taken over, nothing is sent or posted twice")
    void nodeKilledUnderLoad() throws Exception {
        db = PostgresDatabase.createOrSkip("crash");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        int portA = freePort();
        int portB = freePort();
        // the first node creates the schemas; a second one starting at the same moment would race it
        Process nodeA = startNode("node-a", portA);
        awaitUp(portA);
        Process nodeB = startNode("node-b", portB);
        awaitUp(portB);

        Set<String> accepted = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int i = 0; i < COMPLAINTS; i++) {
            int n = i;
            clients.submit(() -> submit(n % 2 == 0 ? portA : portB, n).ifPresent(accepted::add));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> accepted.size() >= COMPLAINTS / 2 && jobsLockedBy("node-b") > 0);
        Set<String> lockedByB = jobIdsLockedBy("node-b");

        nodeB.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        clients.shutdown();
        clients.awaitTermination(3, TimeUnit.MINUTES);
        Process restarted = startNode("node-b", portB);
        awaitUp(portB);

        // a receipt whose send the crash cut cannot be checked at this SMTP server (no delivery check): it waits
        // for a person (REVIEW) instead of going out a second time
        await().atMost(Duration.ofMinutes(4)).until(() -> sentReceipts() + receiptsForReview() >= accepted.size()
                && messageJobs() == 0);

        assertThat(accepted).hasSizeGreaterThanOrEqualTo(COMPLAINTS / 2);
        assertThat(registered()).containsAll(accepted);
        assertThat(processInstancesFor(accepted)).isEqualTo(accepted.size());
        assertThat(lockedByB).isNotEmpty();
        Set<String> tookOver = new HashSet<>(succeeded(lockedByB));
        tookOver.addAll(waitingForAPerson(lockedByB));
        assertThat(tookOver).as("jobs the dead node held ran afterwards, or wait for a person to confirm a cut send")
                .containsAll(lockedByB);
        Map<String, Integer> receipts = receiptsPerReference();
        Set<String> interrupted = receiptsInterruptedByTheCrash();
        receipts.forEach((reference, count) -> {
            if (!interrupted.contains(reference)) {
                assertThat(count).as("receipts of %s", reference).isEqualTo(1);
            }
        });
        Set<String> mailedOrForReview = new HashSet<>(receipts.keySet());
        mailedOrForReview.addAll(strings("SELECT reference FROM notification WHERE kind = 'RECEIPT' AND status = 'REVIEW'"));
        assertThat(mailedOrForReview).as("every accepted complaint's receipt sent, or waiting for a person")
                .containsAll(accepted);
        assertThat(restarted.isAlive()).isTrue();
        assertThat(nodeA.isAlive()).isTrue();
    }

    private Process startNode(String name, int port) throws IOException {
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", System.getProperty("complaints.jar"),
                "--spring.profiles.active=default,postgres",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--server.port=" + port,
                "--complaints.mail.embedded.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                // each node's core-banking stand-in on a free port (both keep their books in the shared database)
                "--complaints.core-banking.stand-in.port=0",
                // a mail whose send the crash cut is looked at again once its lease ends, well before the job's
                // lock ends (the lease starts later, when the job claims the mail): the node that takes the job
                // over finds the lease expired, not still held
                "--complaints.notification.lease=PT" + LOCK_TIME.toSeconds() / 5 + "S",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--spring.main.banner-mode=off"));
        File log = logs.resolve(name + "-" + Instant.now().toEpochMilli() + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(process);
        return process;
    }

    private Optional<String> submit(int port, int n) {
        try {
            Map<String, Object> complaint = with(feeComplaint(), "customerEmail", "crash-" + n + "@example.com");
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/complaints"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("agent:demo2026".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(complaint)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                return Optional.empty();
            }
            Matcher reference = REFERENCE.matcher(response.body());
            return reference.find() ? Optional.of(reference.group()) : Optional.empty();
        } catch (IOException | InterruptedException refusedByTheDeadNode) {
            // a call to the killed node is not accepted: the channel would retry it elsewhere
            return Optional.empty();
        }
    }

    private void awaitUp(int port) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status.html"))
                .timeout(Duration.ofSeconds(2)).build();
        // not listening yet: the connection is refused or times out
        await().atMost(Duration.ofMinutes(2)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private long jobsLockedBy(String hostname) {
        return jobIdsLockedBy(hostname).size();
    }

    /** Jobs locked right now by the node's job executor (its lock owner starts with the node's name). */
    private Set<String> jobIdsLockedBy(String node) {
        return Set.copyOf(strings("SELECT ID_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ LIKE '" + node + "/%'"));
    }

    private Set<String> succeeded(Set<String> jobIds) {
        return strings("SELECT DISTINCT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2").stream()
                .filter(jobIds::contains).collect(Collectors.toSet());
    }

    /** Jobs whose mail the crash cut mid-send: with no delivery check here, a person confirms it (REVIEW). */
    private Set<String> waitingForAPerson(Set<String> jobIds) {
        return strings("SELECT ID_ FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ LIKE '%may already have been delivered%'"
                + " OR EXCEPTION_MSG_ LIKE '%waits for a person%'").stream().filter(jobIds::contains).collect(Collectors.toSet());
    }

    private Set<String> registered() {
        return Set.copyOf(strings("SELECT reference FROM complaint"));
    }

    private long processInstancesFor(Set<String> references) {
        return strings("SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'complaint-lifecycle'").stream()
                .filter(references::contains).distinct().count();
    }

    private long sentReceipts() {
        return Long.parseLong(strings("SELECT COUNT(*) FROM notification WHERE kind = 'RECEIPT' AND status = 'SENT'").get(0));
    }

    /** Asynchronous steps still to run; one that failed (a receipt waiting for a person) waits for its retry. */
    private long messageJobs() {
        return Long.parseLong(strings("SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message' AND EXCEPTION_MSG_ IS NULL")
                .get(0));
    }

    private long receiptsForReview() {
        return Long.parseLong(strings("SELECT COUNT(*) FROM notification WHERE kind = 'RECEIPT' AND status = 'REVIEW'").get(0));
    }

    /** Receipts whose send was under way when the node died: the one case where a repeat is possible. */
    private Set<String> receiptsInterruptedByTheCrash() {
        return Set.copyOf(strings("SELECT reference FROM notification WHERE kind = 'RECEIPT' AND attempts > 1"));
    }

    private Map<String, Integer> receiptsPerReference() {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Matcher reference = REFERENCE.matcher(message.getSubject());
                if (message.getSubject().startsWith("We have received your complaint") && reference.find()) {
                    counts.merge(reference.group(), 1, Integer::sum);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    private List<String> strings(String sql) {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
