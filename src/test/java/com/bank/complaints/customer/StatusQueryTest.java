package com.bank.complaints.customer;

import static com.bank.complaints.TestComplaints.PHONE_LAST4;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@DeskTest
class StatusQueryTest {

    @Autowired
    Desk desk;

    @Test
    @DisplayName("R-INTAKE-3 the customer sees the stage, the open deadlines and the last update, without logging in")
    void customerSeesStageAndDeadlines() {
        String reference = desk.accepted(feeComplaint());

        ResponseEntity<Map> received = status(reference, PHONE_LAST4);
        assertThat(received.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(received.getBody()).containsEntry("reference", reference).containsEntry("stage", "INTAKE")
                .containsEntry("stageName", "Intake").containsKey("lastUpdate");
        assertThat(clocks(received)).containsExactly("FIRST_RESPONSE", "REPLY", "REGULATORY_CLOSE");

        desk.runJobs(reference);

        assertThat(status(reference, PHONE_LAST4).getBody()).containsEntry("stage", "INVESTIGATION");
    }

    @Test
    @DisplayName("R-REC-2 a wrong phone detail and an unknown reference get the same 404")
    void wrongDetailsLookLikeUnknownReference() {
        String reference = desk.accepted(feeComplaint());

        ResponseEntity<Map> wrongDigits = status(reference, "9999");
        ResponseEntity<Map> unknownReference = status("CC-19990101-000001", PHONE_LAST4);

        assertThat(wrongDigits.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownReference.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongDigits.getBody().get("detail")).isEqualTo(unknownReference.getBody().get("detail"));
        assertThat(wrongDigits.getBody().keySet()).isEqualTo(unknownReference.getBody().keySet());
    }

    @Test
    @DisplayName("R-REC-2 a missing or malformed phone detail gets the same 404")
    void missingDetailIsNotFound() {
        String reference = desk.accepted(feeComplaint());

        assertThat(desk.anonymous().getForEntity("/api/complaints/" + reference + "/status", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(reference, "12").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("a complaint without a phone number on file cannot be looked up by phone digits")
    void noPhoneOnFileIsNotFound() {
        String reference = desk.accepted(with(feeComplaint(), "customerPhone", null));

        assertThat(status(reference, PHONE_LAST4).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("R-REC-2 guessing the phone digits is cut off after a few tries, for known and unknown references alike")
    void guessingIsThrottled() {
        String reference = desk.accepted(feeComplaint());
        String unknown = "CC-19990101-000777";
        String guesser = "203.0.113.77";

        for (int guess = 0; guess < 5; guess++) {
            assertThat(status(reference, "000" + guess, guesser).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(status(unknown, "000" + guess, guesser).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }

        ResponseEntity<Map> known = status(reference, "0005", guesser);
        ResponseEntity<Map> unknownOne = status(unknown, "0005", guesser);
        assertThat(known.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(unknownOne.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(known.getBody().get("detail")).isEqualTo(unknownOne.getBody().get("detail"));
        assertThat(Long.parseLong(known.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
    }

    @Test
    @DisplayName("Issue 13 point 7: the guessing source is refused even with the right digits while it waits")
    void theGuessingSourceIsRefusedEvenWithTheRightDigits() {
        String reference = desk.accepted(feeComplaint());
        String guesser = "203.0.113.78";
        guess(reference, guesser);

        assertThat(status(reference, PHONE_LAST4, guesser).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    @DisplayName("Issue 13 point 7: after an attacker's 20 wrong guesses the customer, from their own address, still gets the status")
    void guessingDoesNotLockTheCustomerOut() {
        String reference = desk.accepted(feeComplaint());
        guess(reference, "203.0.113.79");

        ResponseEntity<Map> customer = status(reference, PHONE_LAST4, "198.51.100.79");

        assertThat(customer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(customer.getBody()).containsEntry("reference", reference);
    }

    /** An attacker's 20 wrong guesses of the digits from one address: refused once the allowance is used. */
    private void guess(String reference, String attacker) {
        for (int guess = 0; guess < 20; guess++) {
            assertThat(status(reference, String.format("%04d", 9000 + guess), attacker).getStatusCode())
                    .isIn(HttpStatus.NOT_FOUND, HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    /** A look-up from a customer's or attacker's address, as the bank's proxy hands it on. */
    private ResponseEntity<Map> status(String reference, String last4, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", address);
        return desk.anonymous().exchange("/api/complaints/{reference}/status?phoneLast4={last4}", HttpMethod.GET,
                new HttpEntity<>(headers), Map.class, reference, last4);
    }

    private ResponseEntity<Map> status(String reference, String last4) {
        return desk.anonymous().getForEntity("/api/complaints/{reference}/status?phoneLast4={last4}", Map.class,
                reference, last4);
    }

    @SuppressWarnings("unchecked")
    private static List<String> clocks(ResponseEntity<Map> response) {
        return ((List<Map<String, String>>) response.getBody().get("openDeadlines")).stream()
                .map(deadline -> deadline.get("clock")).toList();
    }
}
