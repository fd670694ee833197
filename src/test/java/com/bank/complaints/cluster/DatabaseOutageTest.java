package com.bank.complaints.cluster;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.complaints.LoopbackHttp;
import com.bank.complaints.Mails;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18.6: the database goes away for 30 seconds under load (a TCP proxy between the node and PostgreSQL drops
 * every connection and refuses new ones). Intake keeps being called by four agents all along: while the database
 * is away each call answers 503 with Retry-After, never a 500 or a 401; the agents retry as told (same channel
 * message id, so a retry can never register a complaint twice); afterwards every accepted complaint is stored
 * once and its receipt goes out once, as the job executor picks up where it stopped.
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final int AGENTS = 4;
    private static final int COMPLAINTS_PER_AGENT = 15;
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    private static PostgresDatabase db;
    private static TcpProxy proxy;
    private static Node node;

    @BeforeAll
    static void nodeBehindAProxy() throws Exception {
        db = PostgresDatabase.createOrSkip("outage");
        URI server = URI.create(db.url().substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
        String throughProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath();
        // jobs that were running when the connection dropped are taken again once their lock ends, and a mail
        // whose outcome was not recorded once its lease ends: 15 s each here (minutes in production)
        node = Node.on(throughProxy, db.user(), db.password(), "outage-node", "default,postgres",
                "--camunda.bpm.job-execution.lock-time-in-millis=15000", "--complaints.notification.lease=PT15S");
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {node, proxy, db}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    @DisplayName("issue 18.6 R-INTAKE-3 database lost for 30 s under intake load: 503 with Retry-After meanwhile, no 500; afterwards every accepted complaint is stored once and its receipt sent once")
    void databaseLostUnderLoad() throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger withoutRetryAfter = new AtomicInteger();
        CountDownLatch cut = new CountDownLatch(1);
        ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int agent = 0; agent < AGENTS; agent++) {
            int id = agent;
            work.add(agents.submit(() -> {
                LoopbackHttp asAgent = new LoopbackHttp(node.port(), "agent");
                for (int i = 0; i < COMPLAINTS_PER_AGENT; i++) {
                    Map<String, Object> complaint = with(with(feeComplaint(), "channelMessageId", "outage-" + id + "-" + i),
                            "customerEmail", "outage-" + id + "-" + i + "@example.com");
                    while (true) {
                        HttpResponse<String> answer = asAgent.post("/api/complaints", complaint);
                        statuses.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                        if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                            accepted.add(reference(answer.body()));
                            break;
                        }
                        if (answer.statusCode() != 503) {
                            throw new AssertionError("intake answered " + answer.statusCode() + ": " + answer.body());
                        }
                        if (answer.headers().firstValue("Retry-After").isEmpty()) {
                            withoutRetryAfter.incrementAndGet();
                        }
                        Thread.sleep(500);
                    }
                    // half of each agent's complaints before the outage, the rest during and after it
                    if (i == COMPLAINTS_PER_AGENT / 2) {
                        cut.await();
                    }
                }
                return null;
            }));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> accepted.size() == AGENTS * (COMPLAINTS_PER_AGENT / 2 + 1));
        proxy.cut();
        cut.countDown();
        Thread.sleep(OUTAGE.toMillis());
        proxy.restore();
        for (Future<?> agent : work) {
            agent.get();
        }
        agents.shutdown();

        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        await().atMost(Duration.ofMinutes(3)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE kind = 'RECEIPT' AND status = 'SENT' AND reference LIKE 'CC-%'",
                Long.class) == accepted.size());
        int stored = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
        long lifecycles = node.bean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey("complaint-lifecycle").count();
        List<String> receiptMails = Arrays.stream(node.bean(GreenMail.class).getReceivedMessages()).map(Mails::subject)
                .filter(subject -> subject.startsWith("We have received your complaint")).toList();
        long failedJobs = node.bean(ManagementService.class).createJobQuery().withException().count();
        int unavailable = statuses.getOrDefault(503, new AtomicInteger()).get();
        System.out.printf("database outage: %d s, %d connections refused, %d calls answered 503, statuses %s, "
                + "%d complaints accepted, %d stored, %d lifecycles, %d receipt mails, %d jobs still failing%n",
                OUTAGE.toSeconds(), proxy.refused(), unavailable, statuses, accepted.size(), stored, lifecycles,
                receiptMails.size(), failedJobs);

        assertThat(accepted).hasSize(AGENTS * COMPLAINTS_PER_AGENT);
        assertThat(unavailable).as("calls answered 503 while the database was away").isPositive();
        assertThat(withoutRetryAfter.get()).as("503 answers without Retry-After").isZero();
        assertThat(statuses.keySet()).as("statuses answered").isSubsetOf(200, 201, 503);
        assertThat(stored).as("complaints stored, each once").isEqualTo(accepted.size());
        assertThat(lifecycles).isEqualTo(accepted.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'RECEIPT'", Long.class))
                .as("one receipt per complaint").isEqualTo(accepted.size());
        assertThat(receiptMails).as("receipt mails, each complaint's once").hasSize(accepted.size()).doesNotHaveDuplicates();
    }

    private static String reference(String body) {
        Matcher matcher = REFERENCE.matcher(body);
        assertThat(matcher.find()).as("reference in %s", body).isTrue();
        return matcher.group(1);
    }
}
