package com.bank.complaints.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Out of the box there is no SMS provider: this stub stands in for the bank's gateway, keeps what it
 * received in memory and shows it on /mail. Production turns it off and points
 * complaints.message-gateway.url at the real gateway.
 */
@RestController
@ConditionalOnProperty(name = "complaints.message-gateway.stub.enabled", havingValue = "true")
public class GatewayStub {

    private final List<GatewayMessage> received = new CopyOnWriteArrayList<>();

    @PostMapping("/gateway/messages")
    ResponseEntity<Void> receive(@RequestHeader("Idempotency-Key") String key, @RequestBody Map<String, Object> message) {
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
