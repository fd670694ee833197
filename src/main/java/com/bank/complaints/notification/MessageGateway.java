package com.bank.complaints.notification;

import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The bank's SMS / app-push gateway over HTTP. Each message carries its outbox key as an
 * Idempotency-Key, and the outbox keeps a retried job from sending it again.
 */
@Component
class MessageGateway {

    static final String MEDIUM = "SMS_PUSH";

    private final RestClient http;
    private final Environment environment;
    private final NotificationOutbox outbox;

    MessageGateway(RestClient.Builder http, Environment environment, NotificationOutbox outbox) {
        this.http = http.build();
        this.environment = environment;
        this.outbox = outbox;
    }

    void send(Notification notification, String text) {
        if (notification.recipient() == null) {
            outbox.markSkipped(notification, "no phone number on file");
            return;
        }
        outbox.sendOnce(notification, () -> http.post()
                // read at send time: in the default profile the gateway is this app's own stub on its own port
                .uri(environment.getRequiredProperty("complaints.message-gateway.url"))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", notification.key())
                .body(Map.of("to", notification.recipient(), "channels", new String[] {"SMS", "APP_PUSH"},
                        "text", text, "reference", notification.reference()))
                .retrieve()
                .toBodilessEntity());
    }
}
