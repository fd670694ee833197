package com.bank.complaints;

import java.util.List;
import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Drives the running app in tests the way its users do: HTTP calls as a demo user, jobs run by hand. */

public class Desk {

    public static final String DEMO_PASSWORD = "demo2026";
    /** Decimals as sent (0.50 stays 0.50), so tests compare amounts and rates exactly. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final TestRestTemplate http;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    public Desk(TestRestTemplate http, RuntimeService runtimeService, ManagementService managementService) {
        this.http = http;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** POST /api/complaints as the demo intake agent. */
    public ResponseEntity<Map> submit(Object body) {
        return as("agent").postForEntity("/api/complaints", json(body), Map.class);
    }

    /** Submits a complaint that must be accepted and returns its reference. */
    public String accepted(Map<String, Object> fields) {
        ResponseEntity<Map> response = submit(fields);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("complaint refused: " + response.getBody());
        }
        return (String) response.getBody().get("reference");
    }

    public TestRestTemplate as(String user) {
        return http.withBasicAuth(user, DEMO_PASSWORD);
    }

    public TestRestTemplate anonymous() {
        return http;
    }

    /** GETs the URL as the user; the answer must be 200 with a JSON body, which is returned as a tree. */
    public JsonNode read(String user, String url) {
        ResponseEntity<String> response = as(user).getForEntity(url, String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + url + " as " + user + ": " + response.getStatusCode() + " " + response.getBody());
        }
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("GET " + url + " answered no JSON: " + response.getBody(), e);
        }
    }

    /** A JSON answer as a tree. */
    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("no JSON: " + body, e);
        }
    }

    /** A multipart/form-data body of text parts, as a browser form posts it. */
    public static HttpEntity<Object> multipart(Map<String, String> parts) {
        org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
        parts.forEach(body::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    public static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    public ProcessInstance process(String reference) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ComplaintLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(reference)
                .singleResult();
    }

    /** Runs every due job of the complaint's process, as the job executor would (failures are left as retries). */
    public void runJobs(String reference) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(process(reference).getId())
                .executable().list();
        for (Job job : jobs) {
            managementService.executeJob(job.getId());
        }
    }
}
