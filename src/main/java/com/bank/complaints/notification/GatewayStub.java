package com.bank.complaints.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.bank.complaints.system.Secrets;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Out of the box there is no SMS provider: in the demo profile this stand-in for the bank's gateway
 * keeps what it received in memory and shows it on /mail. Like a real gateway it takes messages
 * only from its client, the app itself ({@link MessageGateway}, with the installation's gateway
 * token), so nobody can slip fake messages in. Every other profile has no stand-in and points
 * complaints.message-gateway.url at the real gateway.
 */
@RestController
@Profile("default")
public class GatewayStub {

    private final List<GatewayMessage> received = new CopyOnWriteArrayList<>();
    private final byte[] expectedAuthorization;

    GatewayStub(Secrets secrets) {
        this.expectedAuthorization = MessageGateway.authorization(secrets).getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/gateway/messages")
    ResponseEntity<?> receive(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader("Idempotency-Key") String key, @RequestBody Map<String, Object> message) {
        // constant-time comparison, so timing does not tell how much of a guessed token was right
        if (authorization == null || !MessageDigest.isEqual(expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                            "The gateway takes messages only with its token (Authorization: Bearer ...)."));
        }
        received.add(new GatewayMessage(key, String.valueOf(message.get("to")), String.valueOf(message.get("text")),
                Instant.now()));
        return ResponseEntity.accepted().build();
    }

    /** What the stub received, newest last; staff read it on /mail (it holds phone numbers, so it has no open URL). */
    public List<GatewayMessage> received() {
        return List.copyOf(received);
    }

    /** One SMS / push message as the gateway received it. */
    public record GatewayMessage(String idempotencyKey, String to, String text, Instant receivedAt) {
    }
}
