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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 18.1, kill -9 with money in flight. Two nodes of the built jar run as separate processes on one
 * PostgreSQL database, one SMTP relay (GreenMail, which journals every mail for the delivery check over
 * IMAP) and one core-banking system (the stand-in, slow to answer, in this JVM). People work the
 * complaints to approved refunds, fee waivers and plan changes on a third node without a job executor,
 * so every asynchronous step (mails, the bank instructions) runs on the two nodes. Again and again one
 * of them is killed with SIGKILL exactly while the bank is handling one of its instructions, and started
 * again. At the end every approved remedy is booked once, every mail went out once, every complaint
 * reached its dual review and no job is left. CI runs a few kills; {@code -Dcrash.kills=20
 * -Dcrash.complaints=200} is the full size (see the README's Reliability section).
 */
class CrashRecoveryIT {

    private static final int KILLS = Integer.getInteger("crash.kills", 5);
    private static final int MIN_COMPLAINTS = Integer.getInteger("crash.complaints", 40);
    private static final int DRIVERS = 4;
    private static final Duration LOCK_TIME = Duration.ofSeconds(10);
    /** The bank books at once and answers this much later: a kill in between leaves a booking the node never saw. */
    private static final Duration BANK_ANSWERS_AFTER = Duration.ofMillis(800);
    /** The relay journals every customer mail into this mailbox; the nodes look there before a resend. */
    private static final String JOURNAL = "journal@bank.example";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = Collections.synchronizedList(new ArrayList<>());
    private final Path logs = Path.of("target", "crash-recovery-logs");
    private PostgresDatabase db;
    private GreenMail relay;
    private Node people;

    @BeforeEach
    void killsAreExpected() {
        // a killed node's cut SMTP connection ends in an uncaught exception in the relay's thread: not a failure here
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    @AfterEach
    void stopEverything() throws Exception {
        Awaitility.reset();
        processes.forEach(Process::destroyForcibly);
        for (Process process : processes) {
            process.waitFor(30, TimeUnit.SECONDS);
        }
        if (people != null) {
            people.close();
        }
        if (relay != null) {
            relay.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Timeout(value = 25, unit = TimeUnit.MINUTES)
    @DisplayName("issue 18.1 nodes killed with kill -9 while the bank books their remedies: each remedy booked once, each mail sent once, no complaint lost, no job left")
    void nodesKilledWithMoneyInFlight() throws Exception {
        db = PostgresDatabase.createOrSkip("crash");
        relay = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        relay.start();
        relay.setUser(JOURNAL, "journal", "journal-secret");
        // the people's node creates the schemas and the installation's core-banking token, which the others share
        // no webapps on the people's node: closing them would clear the static state of the webapps of the
        // integration tests that run after this one in the same JVM
        List<String> peopleNode = new ArrayList<>(List.of("--camunda.bpm.job-execution.enabled=false",
                "--complaints.core-banking.stand-in.port=0", "--camunda.bpm.webapp.enabled=false"));
        // a customer's reply made here tells the case owner by mail at once, through the same relay
        peopleNode.addAll(mailThroughTheRelay());
        people = Node.withProfiles(db, "people", "default,postgres", peopleNode.toArray(String[]::new));
        CoreBankingStandIn bank = people.bean(CoreBankingStandIn.class);
        bank.answerAfter(BANK_ANSWERS_AFTER);
        Map<String, Integer> ports = Map.of("node-a", freePort(), "node-b", freePort());
        Map<String, Process> nodes = new ConcurrentHashMap<>();
        for (String name : List.of("node-a", "node-b")) {
            nodes.put(name, startNode(name, ports.get(name), bank.port()));
            awaitUp(ports.get(name));
        }

        PeopleAtWork work = new PeopleAtWork(people);
        Map<String, String> remedies = new ConcurrentHashMap<>();
        AtomicBoolean killsDone = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService drivers = Executors.newFixedThreadPool(DRIVERS);
        List<Future<?>> driving = new ArrayList<>();
        for (int d = 0; d < DRIVERS; d++) {
            driving.add(drivers.submit(() -> {
                for (int n = next.getAndIncrement(); !killsDone.get() || n < MIN_COMPLAINTS; n = next.getAndIncrement()) {
                    String remedy = PeopleAtWork.REMEDIES.get(n % PeopleAtWork.REMEDIES.size());
                    String ref = work.toTheBank(with(with(feeComplaint(), "customerEmail", JOURNAL),
                            "cardOrContractNumber", String.format("INST-2026-9%05d", n)), remedy);
                    work.awaitTask(ref, Activities.DUAL_REVIEW);
                    remedies.put(ref, remedy);
                }
                return null;
            }));
        }

        int kills = 0;
        int moneyInFlightAtKills = 0;
        String victim = "node-b";
        while (kills < KILLS) {
            String target = victim;
            Set<String> cut = new HashSet<>();
            await("money of " + target + " in flight at the bank").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        rethrowFailure(driving);
                        Set<String> held = moneyJobsLockedBy(target);
                        held.retainAll(bank.inFlight());
                        cut.addAll(held);
                        return !held.isEmpty();
                    });
            nodes.get(target).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            kills++;
            moneyInFlightAtKills += cut.size();
            nodes.put(target, startNode(target, ports.get(target), bank.port()));
            awaitUp(ports.get(target));
            victim = target.equals("node-a") ? "node-b" : "node-a";
        }
        killsDone.set(true);
        drivers.shutdown();
        for (Future<?> driver : driving) {
            driver.get(10, TimeUnit.MINUTES);
        }
        await("every asynchronous step done").atMost(Duration.ofMinutes(4)).until(() -> count(
                "SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message'") == 0);

        Set<String> references = remedies.keySet();
        long booked = 0;
        long duplicates = 0;
        for (Map.Entry<String, String> remedy : remedies.entrySet()) {
            int instructions = "INSTALLMENT_CHANGE".equals(remedy.getValue()) ? bank.planChanges(remedy.getKey()).size()
                    : bank.postings(remedy.getKey()).size();
            booked += instructions;
            duplicates += Math.max(0, instructions - 1);
            assertThat(instructions).as("instructions booked at the bank for %s (%s)", remedy.getKey(), remedy.getValue())
                    .isEqualTo(1);
        }
        Map<String, Integer> mailsByMessageId = mailsByMessageId();
        long mailDuplicates = mailsByMessageId.values().stream().mapToInt(count -> count - 1).sum();
        long sent = count("SELECT COUNT(*) FROM notification WHERE medium = 'EMAIL' AND status = 'SENT'");
        System.out.printf("crash recovery: %d kills (each with the victim's instruction in flight at the bank, %d such"
                + " instructions), %d complaints to approved remedies, %d jobs run, %d job attempts failed and retried,"
                + " %d instructions booked, %d answered again to a retry, %d duplicates; %d mails, %d duplicates%n",
                kills, moneyInFlightAtKills, references.size(), count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"),
                count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1"), booked, bank.replays(), duplicates,
                mailsByMessageId.values().stream().mapToInt(Integer::intValue).sum(), mailDuplicates);
        System.out.println("why job attempts failed (they ran again): " + strings("SELECT reason || ': ' || n FROM ("
                + "SELECT REGEXP_REPLACE(LEFT(JOB_EXCEPTION_MSG_, 90), '[0-9a-f-]{36}', '...', 'g') AS reason, COUNT(*) AS n "
                + "FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1 GROUP BY 1) r ORDER BY n DESC LIMIT 6"));

        assertThat(kills).isEqualTo(KILLS);
        assertThat(references).hasSizeGreaterThanOrEqualTo(MIN_COMPLAINTS);
        assertThat(booked).as("one booking per approved remedy").isEqualTo(references.size());
        assertThat(bank.replays()).as("retries after a kill met a booking the dead node never saw").isGreaterThanOrEqualTo(1);
        assertThat(mailDuplicates).as("mails sent twice").isZero();
        assertThat(mailsByMessageId).as("one mail per notification sent").hasSize((int) sent);
        assertThat(strings("SELECT DISTINCT status FROM notification")).as("no notification unsent, unsure or waiting")
                .containsOnly("SENT");
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).as("incidents").isZero();
        for (String reference : references) {
            assertThat(work.cases().openTasks(reference)).as("open tasks of %s", reference).containsExactly(Activities.DUAL_REVIEW);
        }
        assertThat(strings("SELECT reference FROM complaint")).containsAll(references);
        for (Process node : nodes.values()) {
            assertThat(node.isAlive()).isTrue();
        }
    }

    private Process startNode(String name, int port, int bankPort) throws IOException {
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", System.getProperty("complaints.jar"),
                "--spring.profiles.active=default,postgres",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--server.port=" + port,
                // the one bank of the test; each node's own stand-in stays unused on a free port
                "--complaints.core-banking.url=http://127.0.0.1:" + bankPort,
                "--complaints.core-banking.stand-in.port=0",
                // a mail whose send the kill cut is looked at again once its lease ends, well before the job's
                // lock ends (the lease starts later, when the job claims the mail): the node that takes the job
                // over finds the lease expired, not still held
                "--complaints.notification.lease=PT" + LOCK_TIME.toSeconds() / 5 + "S",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--spring.main.banner-mode=off"));
        command.addAll(mailThroughTheRelay());
        File log = logs.resolve(name + "-" + Instant.now().toEpochMilli() + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(process);
        return process;
    }

    /** Mail goes to the test's relay, and a node that took over a cut send looks for it in the journal first. */
    private List<String> mailThroughTheRelay() {
        return List.of("--complaints.mail.embedded.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + relay.getSmtp().getPort(),
                "--complaints.mail.delivery-check.imap.protocol=imap",
                "--complaints.mail.delivery-check.imap.host=127.0.0.1",
                "--complaints.mail.delivery-check.imap.port=" + relay.getImap().getPort(),
                "--complaints.mail.delivery-check.imap.user=journal",
                "--complaints.mail.delivery-check.imap.password=journal-secret");
    }

    private void awaitUp(int port) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status.html"))
                .timeout(Duration.ofSeconds(2)).build();
        // not listening yet: the connection is refused or times out
        await().atMost(Duration.ofMinutes(2)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /** Complaints whose bank instruction (refund, fee waiver, plan change) the node's job executor holds right now. */
    private Set<String> moneyJobsLockedBy(String node) {
        return new HashSet<>(strings("SELECT e.BUSINESS_KEY_ FROM ACT_RU_JOB j "
                + "JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_ "
                + "WHERE j.LOCK_OWNER_ LIKE ? AND d.ACT_ID_ IN (?, ?, ?)", node + "/%", PeopleAtWork.BANK_STEPS.get(0),
                PeopleAtWork.BANK_STEPS.get(1), PeopleAtWork.BANK_STEPS.get(2)));
    }

    private Map<String, Integer> mailsByMessageId() throws MessagingException {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : relay.getReceivedMessages()) {
            counts.merge(message.getMessageID(), 1, Integer::sum);
        }
        return counts;
    }

    private long count(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A driver stopped before the kills were done: its complaint got stuck, which is the failure to report. */
    private static void rethrowFailure(List<Future<?>> drivers) throws Exception {
        for (Future<?> driver : drivers) {
            if (driver.isDone()) {
                driver.get();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
