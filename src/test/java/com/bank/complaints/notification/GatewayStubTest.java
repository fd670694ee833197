package com.bank.complaints.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13 point 7: the demo's stand-in for the SMS gateway takes messages only from the app, which
 * authenticates with the installation's gateway token; a fake SMS sent by anyone else is refused
 * and never shown on /mail. (That the app's own messages arrive, CustomerNoticesTest shows.)
 */
@DeskTest
class GatewayStubTest {

    @Autowired
    Desk desk;
    @Autowired
    GatewayStub gateway;

    @Test
    @DisplayName("Issue 13 point 7: an anonymous POST /gateway/messages (a fake SMS) is refused with 401 and nothing is recorded")
    void anAnonymousFakeSmsIsRefused() {
        String phone = fakePhone();

        ResponseEntity<String> response = desk.anonymous().postForEntity("/gateway/messages", fakeSms(phone, new HttpHeaders()),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(gateway.received()).noneMatch(message -> message.to().equals(phone));
    }

    @Test
    @DisplayName("Issue 13 point 7: a fake SMS with a guessed token is refused and nothing is recorded")
    void aFakeSmsWithAGuessedTokenIsRefused() {
        String phone = fakePhone();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth("guessed-token");

        ResponseEntity<String> response = desk.anonymous().postForEntity("/gateway/messages", fakeSms(phone, headers),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(gateway.received()).noneMatch(message -> message.to().equals(phone));
    }

    @Test
    @DisplayName("Issue 13 point 7: staff logins are no gateway token either: an administrator cannot inject an SMS")
    void aStaffLoginIsNoGatewayToken() {
        String phone = fakePhone();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", Desk.DEMO_PASSWORD);

        ResponseEntity<String> response = desk.anonymous().postForEntity("/gateway/messages", fakeSms(phone, headers),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(gateway.received()).noneMatch(message -> message.to().equals(phone));
    }

    private static HttpEntity<Map<String, Object>> fakeSms(String phone, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        return new HttpEntity<>(Map.of("to", phone, "text", "Your refund is on hold: call 400-000-9999 now",
                "channels", new String[] {"SMS"}), headers);
    }

    private static String fakePhone() {
        return "+86 139 " + UUID.randomUUID().toString().substring(0, 8);
    }
}
