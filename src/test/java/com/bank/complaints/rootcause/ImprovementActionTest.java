package com.bank.complaints.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** R-AN-1: improvement actions against a root cause, each owned by a person who is told and who closes it. */
@DeskTest
class ImprovementActionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Desk desk;
    @Autowired
    GreenMail greenMail;

    @Test
    @DisplayName("R-AN-1 a supervisor opens an action against a cause for an owner, who is told by e-mail once")
    void supervisorOpensAnActionAndTheOwnerIsTold() throws Exception {
        String title = "Rewrite the installment fee notice " + System.nanoTime();

        ResponseEntity<String> response = open("supervisor", opening(title, "handler"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode action = JSON.readTree(response.getBody());
        assertThat(response.getHeaders().getLocation()).hasPath("/api/improvement-actions/" + action.at("/id").asLong());
        assertThat(action.at("/owner").asText()).isEqualTo("handler");
        assertThat(action.at("/openedBy").asText()).isEqualTo("supervisor");
        assertThat(action.at("/completedAt").isNull()).isTrue();
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> Mails.subject(m).contains(title)))
                .singleElement().satisfies(m -> assertThat(m.getAllRecipients()[0].toString())
                        .isEqualTo("handler@bank.example"));
    }

    @Test
    @DisplayName("R-AN-1 only managers open actions: handlers and the read-only compliance officers are refused, all staff read them")
    void onlyManagersOpenActions() {
        assertThat(open("handler", opening("Not mine to open", "handler")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(open("compliance", opening("Not mine to open", "handler")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(open("director", opening("A director's action", "ops")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(desk.as("compliance").getForEntity("/api/improvement-actions", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(desk.anonymous().getForEntity("/api/improvement-actions", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("a bad opening is a 400 that names every bad field, and nothing is stored")
    void badOpeningNamesEveryField() throws Exception {
        int before = list("OPEN").size();

        ResponseEntity<String> response = open("supervisor", Map.of("axis", "PEOPLE", "cause", "fee rules",
                "title", " ", "owner", "nobody", "dueOn", "2020-01-01"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.getBody()).at("/errors").forEach(e -> fields.add(e.at("/field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("axis", "cause", "title", "owner", "dueOn");
        assertThat(list("OPEN")).hasSize(before);
    }

    @Test
    @DisplayName("R-AN-1 the owner completes the action with its outcome, once; someone else may not")
    void ownerCompletesTheActionOnce() throws Exception {
        long id = JSON.readTree(open("supervisor", opening("Train the hotline on fee rules", "handler")).getBody())
                .at("/id").asLong();
        String url = "/api/improvement-actions/" + id + "/complete";

        assertThat(desk.as("ops").postForEntity(url, Desk.json(Map.of("outcome", "Done.")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.as("handler").postForEntity(url, Desk.json(Map.of("outcome", "")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> done = desk.as("handler").postForEntity(url,
                Desk.json(Map.of("outcome", "All 40 hotline agents trained.")), String.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(done.getBody()).at("/completedBy").asText()).isEqualTo("handler");
        assertThat(desk.as("handler").postForEntity(url, Desk.json(Map.of("outcome", "Again.")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(list("COMPLETED")).extracting(a -> a.at("/id").asLong()).contains(id);
        assertThat(desk.as("handler").postForEntity("/api/improvement-actions/999999/complete",
                Desk.json(Map.of("outcome", "Done.")), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> open(String user, Map<String, Object> body) {
        return desk.as(user).postForEntity("/api/improvement-actions", Desk.json(body), String.class);
    }

    private static Map<String, Object> opening(String title, String owner) {
        return Map.of("axis", "PROCESS", "cause", "FEE_RULES_UNCLEAR", "title", title, "owner", owner,
                "dueOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
    }

    private List<JsonNode> list(String status) throws Exception {
        List<JsonNode> actions = new ArrayList<>();
        JSON.readTree(desk.as("supervisor").getForEntity("/api/improvement-actions?status=" + status, String.class)
                .getBody()).forEach(actions::add);
        return actions;
    }
}
