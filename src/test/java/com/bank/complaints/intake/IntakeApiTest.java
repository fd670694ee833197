package com.bank.complaints.intake;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@DeskTest
class IntakeApiTest {

    private static final String REFERENCE = "CC-\\d{8}-\\d{6}";

    @Autowired
    Desk desk;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("R-INTAKE-1/2/3 an accepted complaint is stored, gets a reference and starts its process under that reference")
    void acceptedComplaintIsStoredAndStartsItsProcess() {
        ResponseEntity<Map> response = desk.submit(feeComplaint());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = (String) response.getBody().get("reference");
        assertThat(reference).matches(REFERENCE);
        assertThat(response.getHeaders().getLocation()).hasToString("/api/complaints/" + reference + "/status");

        Complaint stored = complaints.find(reference).orElseThrow();
        assertThat(stored.details().channel()).isEqualTo(Channel.APP);
        assertThat(stored.details().disputedAmount()).isEqualByComparingTo("128.50");
        assertThat(stored.details().emotionalState()).isEqualTo(EmotionalState.DISSATISFIED);
        assertThat(stored.receivedBy()).isEqualTo("agent");
        assertThat(stored.details().customerSegment()).isEqualTo(CustomerSegment.MASS);
        assertThat(stored.details().customerAgeBand()).isEqualTo(AgeBand.AGE_35_44);

        ProcessInstance process = desk.process(reference);
        assertThat(process).isNotNull();
        assertThat(runtimeService.getVariable(process.getId(), Variables.REFERENCE)).isEqualTo(reference);
        assertThat(runtimeService.getVariable(process.getId(), Variables.CHANNEL)).isEqualTo("APP");
    }

    @Test
    @DisplayName("the process carries what its models read; when it was received, the promised dates, the message id and the age band stay in the record")
    void processCarriesOnlyWhatTheModelsRead() {
        String reference = desk.accepted(with(feeComplaint(), "channelMessageId", "app-msg-lean-1"));

        Map<String, Object> variables = runtimeService.getVariables(desk.process(reference).getId());
        assertThat(variables).containsKeys(Variables.REFERENCE, Variables.CHANNEL, Variables.GRIEVANCE,
                Variables.CUSTOMER_SEGMENT, Variables.REGULATORY_DUE, Variables.CASE_OWNER);
        assertThat(variables).doesNotContainKeys("receivedAt", "firstResponseDue", "replyDue",
                Variables.CHANNEL_MESSAGE_ID, Variables.CUSTOMER_AGE_BAND);
        Complaint stored = complaints.find(reference).orElseThrow();
        assertThat(stored.receivedAt()).isNotNull();
        assertThat(stored.details().channelMessageId()).isEqualTo("app-msg-lean-1");
        assertThat(stored.details().customerAgeBand()).isEqualTo(AgeBand.AGE_35_44);
        assertThat(stored.deadlines().firstResponseDue()).isAfter(stored.receivedAt());
        assertThat(stored.deadlines().replyDue()).isAfter(stored.receivedAt());
    }

    @Test
    @DisplayName("the record and the process are one transaction: when the process cannot start, no record is left")
    void recordAndProcessAreOneTransaction() {
        long recordsBefore = recordCount();
        repositoryService.suspendProcessDefinitionByKey(ComplaintLifecycle.PROCESS_KEY);
        try {
            ResponseEntity<Map> response = desk.submit(feeComplaint());

            assertThat(response.getStatusCode().is5xxServerError()).isTrue();
            assertThat(response.getBody().toString()).doesNotContain("Exception", "suspended");
        } finally {
            repositoryService.activateProcessDefinitionByKey(ComplaintLifecycle.PROCESS_KEY);
        }
        assertThat(recordCount()).isEqualTo(recordsBefore);
    }

    @Test
    @DisplayName("R-INTAKE-1 every channel is accepted and recorded")
    void everyChannelIsAccepted() {
        for (Channel channel : Channel.values()) {
            String reference = desk.accepted(with(feeComplaint(), "channel", channel.name()));
            assertThat(complaints.find(reference).orElseThrow().details().channel()).isEqualTo(channel);
        }
    }

    static Stream<Arguments> badComplaints() {
        return Stream.of(
                Arguments.of("unknown channel", with(feeComplaint(), "channel", "FAX"), "channel"),
                Arguments.of("negative amount", with(feeComplaint(), "disputedAmount", -1), "disputedAmount"),
                Arguments.of("absurd amount", with(feeComplaint(), "disputedAmount", 1e12), "disputedAmount"),
                Arguments.of("amount in thousandths", with(feeComplaint(), "disputedAmount", 12.345), "disputedAmount"),
                Arguments.of("amount that is not a number", with(feeComplaint(), "disputedAmount", "lots"), "disputedAmount"),
                Arguments.of("missing contact", with(with(feeComplaint(), "customerPhone", null), "customerEmail", null),
                        "customerPhone"),
                Arguments.of("malformed e-mail", with(feeComplaint(), "customerEmail", "li.lei-at-example"), "customerEmail"),
                Arguments.of("oversized grievance", with(feeComplaint(), "grievance", "x".repeat(4001)), "grievance"),
                Arguments.of("missing grievance", with(feeComplaint(), "grievance", "  "), "grievance"),
                Arguments.of("future transaction date", with(feeComplaint(), "transactionDate", "2999-01-01"), "transactionDate"),
                Arguments.of("unknown product", with(feeComplaint(), "product", "MORTGAGE"), "product"),
                Arguments.of("unknown emotional state", with(feeComplaint(), "emotionalState", "HAPPY"), "emotionalState"),
                Arguments.of("unknown customer segment", with(feeComplaint(), "customerSegment", "VIP"), "customerSegment"),
                Arguments.of("age instead of an age band", with(feeComplaint(), "customerAgeBand", "42"), "customerAgeBand"),
                Arguments.of("unknown field", with(feeComplaint(), "customerMail", "x@example.com"), "customerMail"),
                Arguments.of("object where text is expected", with(feeComplaint(), "customerName", Map.of("first", "Li")),
                        "customerName"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badComplaints")
    @DisplayName("R-INTAKE-2 bad input is a 400 that names the field, and nothing is registered")
    void badInputIsRefusedNamingTheField(String why, Map<String, Object> complaint, String field) {
        long processesBefore = processCount();

        ResponseEntity<Map> response = desk.submit(complaint);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).contains(field);
        assertThat(processCount()).isEqualTo(processesBefore);
    }

    @Test
    @DisplayName("R-INTAKE-2 every bad field is named at once")
    void everyBadFieldIsNamedAtOnce() {
        Map<String, Object> complaint = with(with(with(feeComplaint(), "channel", "FAX"), "customerId", null),
                "disputedAmount", -5);

        ResponseEntity<Map> response = desk.submit(complaint);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactlyInAnyOrder("channel", "customerId", "disputedAmount");
    }

    @Test
    @DisplayName("malformed JSON is a 400 naming the body, never a 500")
    void malformedJsonIsRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<Map> response = desk.as("agent").postForEntity("/api/complaints",
                new HttpEntity<>("{\"channel\": \"APP\", ", headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactly("body");
    }

    @Test
    @DisplayName("a body that is not JSON is refused with 415, never a 500")
    void nonJsonBodyIsRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);

        ResponseEntity<Map> response = desk.as("agent").postForEntity("/api/complaints",
                new HttpEntity<>("a complaint", headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    @DisplayName("a channel must log in, and only intake agents may submit")
    void onlyIntakeAgentsSubmit() {
        assertThat(desk.anonymous().postForEntity("/api/complaints", Desk.json(feeComplaint()), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(desk.as("handler").postForEntity("/api/complaints", Desk.json(feeComplaint()), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @DisplayName("the same channel message twice returns the same reference and starts one process")
    void sameChannelMessageIsIdempotent() {
        Map<String, Object> complaint = with(feeComplaint(), "channelMessageId", "app-msg-repeat-1");

        long processesBefore = processCount();
        ResponseEntity<Map> first = desk.submit(complaint);
        ResponseEntity<Map> second = desk.submit(complaint);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().get("reference")).isEqualTo(first.getBody().get("reference"));
        assertThat(processesWithMessage("app-msg-repeat-1")).isEqualTo(1);
        assertThat(processCount()).isEqualTo(processesBefore + 1);
    }

    @Test
    @DisplayName("the same message id on another channel is another complaint")
    void messageIdsAreScopedByChannel() {
        String fromApp = desk.accepted(with(with(feeComplaint(), "channelMessageId", "m-77"), "channel", "APP"));
        String fromWeb = desk.accepted(with(with(feeComplaint(), "channelMessageId", "m-77"), "channel", "WEB"));

        assertThat(fromApp).isNotEqualTo(fromWeb);
    }

    @Test
    @DisplayName("the same message sent concurrently still starts exactly one process")
    void concurrentDuplicatesStartOneProcess() throws Exception {
        Map<String, Object> complaint = with(feeComplaint(), "channelMessageId", "app-msg-race-1");

        long processesBefore = processCount();
        List<String> references = concurrently(8, () -> desk.accepted(complaint));

        assertThat(new HashSet<>(references)).hasSize(1);
        assertThat(processesWithMessage("app-msg-race-1")).isEqualTo(1);
        assertThat(processCount()).isEqualTo(processesBefore + 1);
    }

    @Test
    @DisplayName("R-INTAKE-3 references stay unique under concurrent submissions")
    void referencesAreUniqueUnderConcurrency() throws Exception {
        List<String> references = concurrently(120, () -> desk.accepted(feeComplaint()));

        Set<String> unique = new HashSet<>(references);
        assertThat(unique).hasSize(120).allMatch(reference -> reference.matches(REFERENCE));
        assertThat(unique).allMatch(reference -> desk.process(reference) != null);
    }

    private long recordCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
    }

    private long processCount() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintLifecycle.PROCESS_KEY).count();
    }

    /** Lifecycle processes of the complaints recorded under the channel message id (the record keeps the id). */
    private long processesWithMessage(String messageId) {
        return jdbc.queryForList("SELECT reference FROM complaint WHERE channel_message_id = ?", String.class, messageId)
                .stream().mapToLong(reference -> runtimeService.createProcessInstanceQuery()
                        .processDefinitionKey(ComplaintLifecycle.PROCESS_KEY).processInstanceBusinessKey(reference).count())
                .sum();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ResponseEntity<Map> response) {
        List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
        return errors.stream().map(error -> error.get("field")).toList();
    }

    private static List<String> concurrently(int calls, Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(call));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
