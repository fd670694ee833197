package com.bank.complaints.execution;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.bank.complaints.system.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The core-banking port over HTTP (docs/api/core-banking.yaml). Refusals (422) become a
 * {@link CoreBanking.Refusal}; timeouts, 5xx and a bank out of reach are thrown as RestClient's
 * exceptions, so the job is retried under the same key and ends as an incident.
 */
@Component
class HttpCoreBanking implements CoreBanking {

    static final String URL = "complaints.core-banking.url";
    static final String TOKEN = "complaints.core-banking.token";

    private final RestClient http;
    private final Environment environment;
    private final ObjectMapper json;
    private final String authorization;
    private final Duration readTimeout;

    HttpCoreBanking(RestClient.Builder http, Environment environment, Secrets secrets, ObjectMapper json,
            @Value("${complaints.core-banking.connect-timeout}") Duration connectTimeout,
            @Value("${complaints.core-banking.read-timeout}") Duration readTimeout) {
        // fail at start, not at the first remedy: no default address outside the demo profile
        if (!environment.containsProperty(URL)) {
            throw new IllegalStateException(URL + " is not set; outside the demo profile it has no default: "
                    + "set it to the core-banking system's base URL");
        }
        this.authorization = authorization(secrets);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        this.readTimeout = readTimeout;
        this.http = http.clone().requestFactory(requests).build();
        this.environment = environment;
        this.json = json;
    }

    /** The Authorization header the bank expects from the desk; the demo's stand-in checks the same. */
    static String authorization(Secrets secrets) {
        return "Bearer " + secrets.required(TOKEN, 1);
    }

    @Override
    public Posting post(String idempotencyKey, PostingRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", request.account());
        body.put("type", request.type().name());
        body.put("amount", request.amount().toPlainString());
        body.put("currency", "CNY");
        body.put("externalReference", request.externalReference());
        body.put("description", request.description());
        return posting(idempotencyKey, send("/v1/postings", idempotencyKey, body));
    }

    @Override
    public Posting reverse(String idempotencyKey, String postingId, String externalReference, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalReference", externalReference);
        body.put("reason", reason);
        return posting(idempotencyKey, send("/v1/postings/" + postingId + "/reversals", idempotencyKey, body));
    }

    @Override
    public PlanConfirmation changePlan(String idempotencyKey, String contract, Schedule schedule, String externalReference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contract", contract);
        body.put("periods", schedule.periods());
        body.put("feeRate", schedule.feeRate().toPlainString());
        body.put("amountPerPeriod", schedule.amountPerPeriod().toPlainString());
        body.put("firstDueDate", schedule.firstDueDate().toString());
        body.put("externalReference", externalReference);
        return plan(idempotencyKey, send("/v1/installment-plans/changes", idempotencyKey, body));
    }

    @Override
    public PlanConfirmation settleEarly(String idempotencyKey, String contract, String externalReference) {
        return plan(idempotencyKey, send("/v1/installment-plans/early-settlements", idempotencyKey,
                Map.of("contract", contract, "externalReference", externalReference)));
    }

    @Override
    public CardMeasure cardMeasure(String idempotencyKey, String account, Measure measure, String externalReference,
            String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account);
        body.put("measure", measure.name());
        body.put("externalReference", externalReference);
        body.put("reason", reason);
        ResponseEntity<JsonNode> answer = send("/v1/card-measures", idempotencyKey, body);
        JsonNode b = answer.getBody();
        return new CardMeasure(idempotencyKey, b.path("measureId").asText(), Measure.valueOf(b.path("measure").asText()),
                b.path("cardState").asText(), b.path("paymentsStopped").asBoolean(), firstTime(answer));
    }

    /**
     * A transport failure keeps its type (the job fails and is retried) but says what it means for the
     * person reading the incident in Cockpit: the JDK client's own message for a timeout is empty.
     */
    private ResponseEntity<JsonNode> send(String path, String idempotencyKey, Map<String, Object> body) {
        try {
            return call(path, idempotencyKey, body);
        } catch (ResourceAccessException failure) {
            Throwable cause = failure.getCause();
            throw new ResourceAccessException("The core-banking system did not answer POST " + path + " within "
                    + readTimeout.toSeconds() + " s, or could not be reached (" + (cause == null ? failure.getMessage()
                    : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()))
                    + "). It may have booked the instruction: a retry sends the same Idempotency-Key (" + idempotencyKey
                    + "), which the bank answers with its first answer.",
                    cause instanceof IOException io ? io : new IOException(failure));
        }
    }

    private ResponseEntity<JsonNode> call(String path, String idempotencyKey, Map<String, Object> body) {
        return http.post()
                // read at call time: in the demo profile the stand-in publishes its port once it has started
                .uri(environment.getRequiredProperty(URL) + path)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .retrieve()
                .onStatus(status -> status.value() == HttpStatus.UNPROCESSABLE_ENTITY.value(), (request, response) -> {
                    JsonNode refusal = json.readTree(response.getBody());
                    throw new Refusal(refusal.path("reason").asText("UNKNOWN"), refusal.path("message").asText(""));
                })
                .toEntity(JsonNode.class);
    }

    private static Posting posting(String idempotencyKey, ResponseEntity<JsonNode> answer) {
        JsonNode b = answer.getBody();
        return new Posting(idempotencyKey, b.path("postingId").asText(), PostingType.valueOf(b.path("type").asText()),
                new BigDecimal(b.path("amount").asText()), b.hasNonNull("reverses") ? b.path("reverses").asText() : null,
                firstTime(answer));
    }

    private static PlanConfirmation plan(String idempotencyKey, ResponseEntity<JsonNode> answer) {
        JsonNode b = answer.getBody();
        return new PlanConfirmation(idempotencyKey, b.path("confirmationNumber").asText(), b.path("kind").asText(),
                firstTime(answer));
    }

    private static boolean firstTime(ResponseEntity<JsonNode> answer) {
        return !"true".equals(answer.getHeaders().getFirst("Idempotent-Replayed"));
    }
}
