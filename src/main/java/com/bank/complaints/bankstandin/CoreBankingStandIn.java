package com.bank.complaints.bankstandin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.complaints.system.CardNumbers;
import com.bank.complaints.system.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Out of the box there is no core-banking system: in the demo profile this stand-in answers the
 * desk's instructions on its own port, keeps its books in the core_banking_* tables and shows what
 * it received on /mail. Like the bank it takes instructions only with the desk's token
 * (complaints.core-banking.token, the installation's own in the demo), and answers a repeated
 * Idempotency-Key with the first answer. Tests inject the faults a real bank has.
 */
@Component
@Profile("default")
public class CoreBankingStandIn implements InitializingBean, DisposableBean {

    /** Where the desk finds the stand-in once it has started: application-default.yml builds the URL from it. */
    public static final String PORT_PROPERTY = "local.core-banking.port";

    private static final Logger LOG = LoggerFactory.getLogger(CoreBankingStandIn.class);
    private static final Pattern REVERSAL = Pattern.compile("/v1/postings/([A-Za-z0-9-]{1,40})/reversals");

    private final ConfigurableEnvironment environment;
    private final Secrets secrets;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ObjectMapper json;
    private final int configuredPort;
    private final Duration hang;
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger replays = new AtomicInteger();
    private final Map<HttpExchange, String> inFlight = new ConcurrentHashMap<>();
    private volatile Duration answerDelay = Duration.ZERO;
    private byte[] expectedAuthorization;
    private HttpServer server;
    private ExecutorService workers;

    CoreBankingStandIn(ConfigurableEnvironment environment, Secrets secrets, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, ObjectMapper json,
            @Value("${complaints.core-banking.stand-in.port}") int port,
            @Value("${complaints.core-banking.read-timeout}") Duration clientReadTimeout) {
        this.environment = environment;
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.json = json;
        this.configuredPort = port;
        // a "timeout after posting" answers only after the desk has given up waiting
        this.hang = clientReadTimeout.plusSeconds(1);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        expectedAuthorization = ("Bearer " + secrets.required("complaints.core-banking.token", 1))
                .getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", configuredPort), 0);
        workers = Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "core-banking-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/v1/", this::handle);
        server.start();
        environment.getPropertySources().addFirst(new MapPropertySource("coreBankingStandIn",
                Map.of(PORT_PROPERTY, server.getAddress().getPort())));
        LOG.info("Core-banking stand-in listening on 127.0.0.1:{}", port());
    }

    @Override
    public void destroy() {
        server.stop(0);
        workers.shutdownNow();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    // ---------------------------------------------------------------- faults (tests only; no URL reaches them)

    /** What the stand-in does to the next calls instead of (or beside) answering as the bank would. */
    public enum Fault {
        /** books the instruction, then answers only after the desk's read timeout */
        TIMEOUT_AFTER_POSTING,
        /** answers 500 and books nothing */
        SERVER_ERROR,
        /** the instruction arrives twice; the second delivery is answered (as a replay) */
        DUPLICATE_ANSWER
    }

    /** The next {@code times} calls meet the fault. */
    public void inject(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(fault);
        }
    }

    /** The next call is refused with the contract's reason code (422); nothing is booked. */
    public void refuseNext(String reason) {
        refusals.add(reason);
    }

    /** From now on the bank books an instruction at once but answers only after {@code delay}: a slow system. */
    public void answerAfter(Duration delay) {
        answerDelay = delay;
    }

    public void clearFaults() {
        faults.clear();
        refusals.clear();
        answerDelay = Duration.ZERO;
    }

    /** The bank closes the card account: postings to it and measures on it are refused from now on. */
    public void closeCard(String account) {
        ensureAccount(account);
        jdbc.update("UPDATE core_banking_account SET card_state = 'CLOSED' WHERE account_number = ?", account);
    }

    /** Calls received, answered or not, since the start. */
    public int callsReceived() {
        return calls.get();
    }

    /** Instructions answered with the answer of an earlier delivery of the same key, since the start. */
    public int replays() {
        return replays.get();
    }

    /** The complaints (external references) whose instructions are being handled right now, not yet answered. */
    public Set<String> inFlight() {
        return Set.copyOf(inFlight.values());
    }

    // ---------------------------------------------------------------- the books, read

    /** Postings made for a complaint (its reference as external reference), oldest first. */
    public List<BookedPosting> postings(String externalReference) {
        return jdbc.query("SELECT posting_id, account_number, posting_type, amount, reverses, posted_at "
                + "FROM core_banking_posting WHERE external_reference = ? ORDER BY posted_at, posting_id",
                (rs, row) -> new BookedPosting(rs.getString("posting_id"), rs.getString("account_number"),
                        rs.getString("posting_type"), rs.getBigDecimal("amount"), rs.getString("reverses"),
                        rs.getObject("posted_at", OffsetDateTime.class).toInstant()), externalReference);
    }

    /** The account's balance of complaint postings, its card state and whether payments are stopped. */
    public Optional<Account> account(String account) {
        return jdbc.query("SELECT balance, card_state, payments_stopped FROM core_banking_account WHERE account_number = ?",
                (rs, row) -> new Account(account, rs.getBigDecimal("balance"), rs.getString("card_state"),
                        rs.getBoolean("payments_stopped")), account).stream().findFirst();
    }

    /** Plan changes and early settlements for a complaint, oldest first. */
    public List<PlanChange> planChanges(String externalReference) {
        return jdbc.query("SELECT confirmation_number, contract_number, change_kind, periods, fee_rate, amount_per_period, "
                + "first_due_date, received_at FROM core_banking_plan_change WHERE external_reference = ? "
                + "ORDER BY received_at, confirmation_number", (rs, row) -> new PlanChange(
                        rs.getString("confirmation_number"), rs.getString("contract_number"), rs.getString("change_kind"),
                        (Integer) rs.getObject("periods"), rs.getBigDecimal("fee_rate"), rs.getBigDecimal("amount_per_period"),
                        rs.getObject("first_due_date", LocalDate.class), rs.getObject("received_at", OffsetDateTime.class)
                                .toInstant()), externalReference);
    }

    /** Card measures for a complaint, oldest first. */
    public List<Measure> measures(String externalReference) {
        return jdbc.query("SELECT measure_id, account_number, measure, reason, received_at FROM core_banking_card_measure "
                + "WHERE external_reference = ? ORDER BY received_at, measure_id", (rs, row) -> new Measure(
                        rs.getString("measure_id"), rs.getString("account_number"), rs.getString("measure"),
                        rs.getString("reason"), rs.getObject("received_at", OffsetDateTime.class).toInstant()),
                externalReference);
    }

    /** The latest {@code limit} instructions booked (postings, plan changes, card measures), newest first, card numbers masked. */
    public List<Received> received(int limit) {
        List<Received> all = new ArrayList<>();
        jdbc.query("SELECT posting_id, account_number, posting_type, amount, currency, reverses, external_reference, posted_at "
                + "FROM core_banking_posting ORDER BY posted_at DESC, posting_id DESC", rs -> {
                    if (all.size() < limit) {
                        all.add(new Received(rs.getObject("posted_at", OffsetDateTime.class).toInstant(),
                                rs.getString("external_reference"), "POSTING " + rs.getString("posting_type"),
                                rs.getString("posting_id"), CardNumbers.visible(rs.getString("account_number")) + " "
                                        + rs.getBigDecimal("amount") + " " + rs.getString("currency")
                                        + (rs.getString("reverses") == null ? "" : " reverses " + rs.getString("reverses"))));
                    }
                });
        int postings = all.size();
        jdbc.query("SELECT confirmation_number, contract_number, change_kind, periods, fee_rate, amount_per_period, "
                + "first_due_date, external_reference, received_at FROM core_banking_plan_change "
                + "ORDER BY received_at DESC", rs -> {
                    if (all.size() < postings + limit) {
                        String schedule = rs.getObject("periods") == null ? ""
                                : " " + rs.getInt("periods") + " periods of " + rs.getBigDecimal("amount_per_period")
                                        + " CNY, fee " + rs.getBigDecimal("fee_rate") + "% from "
                                        + rs.getObject("first_due_date", LocalDate.class);
                        all.add(new Received(rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                                rs.getString("external_reference"), "PLAN " + rs.getString("change_kind"),
                                rs.getString("confirmation_number"), rs.getString("contract_number") + schedule));
                    }
                });
        int plans = all.size();
        jdbc.query("SELECT measure_id, account_number, measure, external_reference, received_at "
                + "FROM core_banking_card_measure ORDER BY received_at DESC", rs -> {
                    if (all.size() < plans + limit) {
                        all.add(new Received(rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                                rs.getString("external_reference"), "CARD " + rs.getString("measure"),
                                rs.getString("measure_id"), CardNumbers.visible(rs.getString("account_number"))));
                    }
                });
        all.sort(Comparator.comparing(Received::receivedAt).reversed());
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
    }

    public record BookedPosting(String postingId, String account, String type, BigDecimal amount, String reverses,
            Instant postedAt) {
    }

    public record Account(String account, BigDecimal balance, String cardState, boolean paymentsStopped) {
    }

    public record PlanChange(String confirmationNumber, String contract, String kind, Integer periods, BigDecimal feeRate,
            BigDecimal amountPerPeriod, LocalDate firstDueDate, Instant receivedAt) {
    }

    public record Measure(String measureId, String account, String measure, String reason, Instant receivedAt) {
    }

    /** One instruction as /mail lists it. */
    public record Received(Instant receivedAt, String externalReference, String what, String bankId, String detail) {
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null
                    || !MessageDigest.isEqual(expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                send(exchange, new Answer(401, problem("The core-banking system takes instructions only with its token."),
                        false));
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            Operation operation = operation(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
            if (operation == null) {
                send(exchange, new Answer(404, problem("No such operation"), false));
                return;
            }
            if (key == null || key.isBlank() || key.length() > 160) {
                send(exchange, new Answer(400, problem("Idempotency-Key is required (at most 160 characters)"), false));
                return;
            }
            JsonNode body = readBody(exchange.getRequestBody());
            inFlight.put(exchange, body == null ? "" : String.valueOf(optional(body, "externalReference")));
            Fault fault = faults.poll();
            if (fault == Fault.SERVER_ERROR) {
                send(exchange, new Answer(500, problem("Internal error"), false));
                return;
            }
            String refusal = refusals.poll();
            if (refusal != null) {
                send(exchange, refusal(refusal, "The bank refuses this instruction (" + refusal + ")."));
                return;
            }
            Answer answer = once(key, exchange.getRequestURI().getPath(), operation, body);
            if (fault == Fault.DUPLICATE_ANSWER) {
                answer = once(key, exchange.getRequestURI().getPath(), operation, body);
            }
            if (fault == Fault.TIMEOUT_AFTER_POSTING) {
                Thread.sleep(hang.toMillis());
            } else if (!answerDelay.isZero()) {
                Thread.sleep(answerDelay.toMillis());
            }
            if (answer.replayed()) {
                replays.incrementAndGet();
            }
            send(exchange, answer);
        } catch (BadRequest bad) {
            send(exchange, new Answer(400, problem(bad.getMessage()), false));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            LOG.warn("Core-banking stand-in failed", failure);
            send(exchange, new Answer(500, problem("Internal error"), false));
        } finally {
            inFlight.remove(exchange);
            exchange.close();
        }
    }

    private Operation operation(String method, String path) {
        if (!"POST".equals(method)) {
            return null;
        }
        Matcher reversal = REVERSAL.matcher(path);
        if (reversal.matches()) {
            return (key, body) -> reverse(reversal.group(1), key, body);
        }
        return switch (path) {
            case "/v1/postings" -> this::post;
            case "/v1/installment-plans/changes" -> this::changePlan;
            case "/v1/installment-plans/early-settlements" -> this::settleEarly;
            case "/v1/card-measures" -> this::cardMeasure;
            default -> null;
        };
    }

    /**
     * Carries out the instruction once per key: the key is claimed in the same transaction as the
     * booking, so a second delivery (even at the same moment, even on another node over the same
     * books) finds the first answer. A refusal rolls back and leaves the key unused.
     */
    private Answer once(String key, String path, Operation operation, JsonNode body) {
        try {
            return ownTransaction.execute(tx -> {
                jdbc.update("INSERT INTO core_banking_request (idempotency_key, operation, status, response_body, received_at) "
                        + "VALUES (?, ?, 0, '', ?)", key, path.length() > 30 ? path.substring(0, 30) : path, now());
                Answer answer = operation.apply(key, body);
                jdbc.update("UPDATE core_banking_request SET status = ?, response_body = ? WHERE idempotency_key = ?",
                        answer.status(), answer.body(), key);
                return answer;
            });
        } catch (DuplicateKeyException answeredBefore) {
            return jdbc.queryForObject("SELECT status, response_body FROM core_banking_request WHERE idempotency_key = ?",
                    (rs, row) -> new Answer(rs.getInt("status"), rs.getString("response_body"), true), key);
        } catch (Refused refused) {
            return refusal(refused.reason, refused.getMessage());
        }
    }

    private Answer post(String key, JsonNode body) {
        String account = text(body, "account");
        String type = text(body, "type");
        if (!List.of("REFUND", "FEE_WAIVER", "GOODWILL_CREDIT").contains(type)) {
            throw new BadRequest("type must be REFUND, FEE_WAIVER or GOODWILL_CREDIT");
        }
        if (!"CNY".equals(text(body, "currency"))) {
            throw new BadRequest("currency must be CNY");
        }
        BigDecimal amount = amount(body, "amount");
        ensureAccount(account);
        requireOpen(account);
        String id = id("PST");
        OffsetDateTime at = now();
        jdbc.update("INSERT INTO core_banking_posting (posting_id, idempotency_key, account_number, posting_type, amount, "
                + "currency, external_reference, description, posted_at) VALUES (?, ?, ?, ?, ?, 'CNY', ?, ?, ?)",
                id, key, account, type, amount, optional(body, "externalReference"), optional(body, "description"), at);
        jdbc.update("UPDATE core_banking_account SET balance = balance + ? WHERE account_number = ?", amount, account);
        return created(postingBody(id, type, amount, null, at));
    }

    private Answer reverse(String postingId, String key, JsonNode body) {
        List<Map<String, Object>> original = jdbc.queryForList(
                "SELECT account_number, posting_type, amount FROM core_banking_posting WHERE posting_id = ?", postingId);
        if (original.isEmpty() || "REVERSAL".equals(original.get(0).get("POSTING_TYPE"))) {
            throw new Refused("UNKNOWN_POSTING", "There is no posting " + postingId + " to reverse.");
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM core_banking_posting WHERE reverses = ?", Long.class, postingId) > 0) {
            throw new Refused("ALREADY_REVERSED", "Posting " + postingId + " has already been reversed.");
        }
        String account = (String) original.get(0).get("ACCOUNT_NUMBER");
        BigDecimal amount = (BigDecimal) original.get(0).get("AMOUNT");
        requireOpen(account);
        BigDecimal balance = jdbc.queryForObject("SELECT balance FROM core_banking_account WHERE account_number = ?",
                BigDecimal.class, account);
        if (balance.compareTo(amount) < 0) {
            throw new Refused("INSUFFICIENT_FUNDS", "The account's balance of " + balance + " CNY does not cover the reversal of "
                    + amount + " CNY.");
        }
        String id = id("PST");
        OffsetDateTime at = now();
        jdbc.update("INSERT INTO core_banking_posting (posting_id, idempotency_key, account_number, posting_type, amount, "
                + "currency, reverses, external_reference, description, posted_at) VALUES (?, ?, ?, 'REVERSAL', ?, 'CNY', ?, ?, ?, ?)",
                id, key, account, amount, postingId, optional(body, "externalReference"), optional(body, "reason"), at);
        jdbc.update("UPDATE core_banking_account SET balance = balance - ? WHERE account_number = ?", amount, account);
        return created(postingBody(id, "REVERSAL", amount, postingId, at));
    }

    private Answer changePlan(String key, JsonNode body) {
        String contract = text(body, "contract");
        int periods = body.path("periods").asInt(0);
        if (periods < 1 || periods > 60) {
            throw new BadRequest("periods must be 1 to 60");
        }
        BigDecimal feeRate = decimal(body, "feeRate", 4);
        BigDecimal perPeriod = amount(body, "amountPerPeriod");
        LocalDate firstDue;
        try {
            firstDue = LocalDate.parse(text(body, "firstDueDate"));
        } catch (RuntimeException e) {
            throw new BadRequest("firstDueDate must be yyyy-MM-dd");
        }
        ensurePlan(contract);
        requireChangeable(contract);
        jdbc.update("UPDATE core_banking_plan SET periods = ?, fee_rate = ?, amount_per_period = ?, first_due_date = ? "
                + "WHERE contract_number = ?", periods, feeRate, perPeriod, firstDue, contract);
        return planChange(key, contract, "SCHEDULE_CHANGE", periods, feeRate, perPeriod, firstDue, body);
    }

    private Answer settleEarly(String key, JsonNode body) {
        String contract = text(body, "contract");
        ensurePlan(contract);
        requireChangeable(contract);
        jdbc.update("UPDATE core_banking_plan SET status = 'SETTLED' WHERE contract_number = ?", contract);
        return planChange(key, contract, "EARLY_SETTLEMENT", null, null, null, null, body);
    }

    private Answer planChange(String key, String contract, String kind, Integer periods, BigDecimal feeRate, BigDecimal perPeriod,
            LocalDate firstDue, JsonNode body) {
        String confirmation = id("PLN");
        OffsetDateTime at = now();
        jdbc.update("INSERT INTO core_banking_plan_change (confirmation_number, idempotency_key, contract_number, change_kind, "
                + "periods, fee_rate, amount_per_period, first_due_date, external_reference, received_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", confirmation, key, contract, kind, periods,
                feeRate, perPeriod, firstDue, optional(body, "externalReference"), at);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("confirmationNumber", confirmation);
        answer.put("contract", contract);
        answer.put("kind", kind);
        answer.put("receivedAt", at.toString());
        return created(answer);
    }

    private Answer cardMeasure(String key, JsonNode body) {
        String account = text(body, "account");
        String measure = text(body, "measure");
        String update = switch (measure) {
            case "FREEZE" -> "card_state = 'FROZEN'";
            case "UNFREEZE" -> "card_state = 'ACTIVE'";
            case "STOP_PAYMENT" -> "payments_stopped = TRUE";
            case "RESUME_PAYMENT" -> "payments_stopped = FALSE";
            default -> throw new BadRequest("measure must be FREEZE, UNFREEZE, STOP_PAYMENT or RESUME_PAYMENT");
        };
        ensureAccount(account);
        requireOpen(account);
        jdbc.update("UPDATE core_banking_account SET " + update + " WHERE account_number = ?", account);
        String id = id("MSR");
        jdbc.update("INSERT INTO core_banking_card_measure (measure_id, idempotency_key, account_number, measure, "
                + "external_reference, reason, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, key, account, measure,
                optional(body, "externalReference"), optional(body, "reason"), now());
        Account state = account(account).orElseThrow();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("measureId", id);
        answer.put("measure", measure);
        answer.put("cardState", state.cardState());
        answer.put("paymentsStopped", state.paymentsStopped());
        return created(answer);
    }

    // ---------------------------------------------------------------- helpers

    private void ensureAccount(String account) {
        insertIfAbsent("INSERT INTO core_banking_account (account_number, balance, card_state, payments_stopped) "
                + "VALUES (?, 0, 'ACTIVE', FALSE)", "SELECT COUNT(*) FROM core_banking_account WHERE account_number = ?", account);
    }

    private void ensurePlan(String contract) {
        insertIfAbsent("INSERT INTO core_banking_plan (contract_number, status) VALUES (?, 'ACTIVE')",
                "SELECT COUNT(*) FROM core_banking_plan WHERE contract_number = ?", contract);
    }

    /** Opens the account or plan the bank has not seen yet, in a transaction of its own so a race costs nothing. */
    private void insertIfAbsent(String insert, String count, String id) {
        if (jdbc.queryForObject(count, Long.class, id) > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.update(insert, id));
        } catch (DuplicateKeyException openedMeanwhile) {
            // another instruction opened it first
        }
    }

    private void requireOpen(String account) {
        if ("CLOSED".equals(jdbc.queryForObject("SELECT card_state FROM core_banking_account WHERE account_number = ?",
                String.class, account))) {
            throw new Refused("CARD_CLOSED", "The card account " + CardNumbers.visible(account) + " is closed.");
        }
    }

    private void requireChangeable(String contract) {
        if (!"ACTIVE".equals(jdbc.queryForObject("SELECT status FROM core_banking_plan WHERE contract_number = ?",
                String.class, contract))) {
            throw new Refused("PLAN_NOT_CHANGEABLE", "The installment plan " + contract + " is settled and cannot be changed.");
        }
    }

    private Map<String, Object> postingBody(String id, String type, BigDecimal amount, String reverses, OffsetDateTime at) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("postingId", id);
        answer.put("type", type);
        answer.put("amount", amount.toPlainString());
        answer.put("currency", "CNY");
        answer.put("reverses", reverses);
        answer.put("postedAt", at.toString());
        return answer;
    }

    private Answer created(Map<String, Object> body) {
        return new Answer(201, write(body), false);
    }

    private Answer refusal(String reason, String message) {
        return new Answer(422, write(Map.of("reason", reason, "message", message)), false);
    }

    private String problem(String detail) {
        return write(Map.of("detail", detail));
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readBody(InputStream in) {
        try {
            return json.readTree(in.readNBytes(64 * 1024));
        } catch (IOException e) {
            throw new BadRequest("The body is not JSON");
        }
    }

    private static String text(JsonNode body, String field) {
        String value = body == null ? null : body.path(field).asText(null);
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new BadRequest(field + " is required (at most 64 characters)");
        }
        return value;
    }

    private static String optional(JsonNode body, String field) {
        String value = body.path(field).asText(null);
        return value == null ? null : value.length() > 500 ? value.substring(0, 500) : value;
    }

    private static BigDecimal amount(JsonNode body, String field) {
        BigDecimal amount = decimal(body, field, 2);
        if (amount.signum() <= 0) {
            throw new BadRequest(field + " must be positive");
        }
        return amount;
    }

    private static BigDecimal decimal(JsonNode body, String field, int scale) {
        try {
            BigDecimal value = new BigDecimal(text(body, field));
            if (value.scale() > scale || value.signum() < 0) {
                throw new BadRequest(field + " must be positive with at most " + scale + " decimals");
            }
            return value.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            throw new BadRequest(field + " must be a decimal number");
        }
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (answer.replayed()) {
            exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // the desk stopped waiting (its read timeout): the booking stands, a retry finds it
        }
    }

    private record Answer(int status, String body, boolean replayed) {
    }

    @FunctionalInterface
    private interface Operation {
        Answer apply(String idempotencyKey, JsonNode body);
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private static final class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }
}
