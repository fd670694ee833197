package com.bank.complaints.notification;

import java.time.Duration;
import java.util.Map;

import com.bank.complaints.system.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The bank's SMS / app-push gateway over HTTP. Each message carries its outbox key as an
 * Idempotency-Key, and the outbox keeps a retried job from sending it again. The app authenticates
 * with the gateway's token (complaints.message-gateway.token), configured like every secret; the
 * demo profile's stand-in ({@link GatewayStub}) takes the installation's own.
 */
@Component
class MessageGateway {

    static final String MEDIUM = "SMS_PUSH";
    private static final String TOKEN = "complaints.message-gateway.token";

    private final RestClient http;
    private final Environment environment;
    private final NotificationOutbox outbox;
    private final String authorization;

    MessageGateway(RestClient.Builder http, ClientHttpRequestFactoryBuilder<?> requests, Environment environment,
            NotificationOutbox outbox, Secrets secrets,
            @Value("${complaints.message-gateway.connect-timeout}") Duration connectTimeout,
            @Value("${complaints.message-gateway.read-timeout}") Duration readTimeout) {
        // without time-outs a gateway that stops answering would hold the job's thread for good
        this.http = http.clone().requestFactory(requests.build(ClientHttpRequestFactorySettings.defaults()
                .withConnectTimeout(connectTimeout).withReadTimeout(readTimeout))).build();
        this.environment = environment;
        this.outbox = outbox;
        this.authorization = authorization(secrets);
    }

    /** The Authorization header the gateway expects from the app. */
    static String authorization(Secrets secrets) {
        // the bank's gateway sets the token's length; any configured one is taken
        return "Bearer " + secrets.required(TOKEN, 1);
    }

    void send(Notification notification, String text) {
        if (notification.recipient() == null) {
            outbox.markSkipped(notification, "no phone number on file");
            return;
        }
        // the gateway drops a repeated Idempotency-Key, so sending again after an unfinished attempt is safe
        outbox.sendOnce(notification, () -> DeliveryCheck.Delivery.NOT_DELIVERED, () -> http.post()
                // read at send time: in the default profile the gateway is this app's own stub on its own port
                .uri(environment.getRequiredProperty("complaints.message-gateway.url"))
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .header("Idempotency-Key", notification.key())
                .body(Map.of("to", notification.recipient(), "channels", new String[] {"SMS", "APP_PUSH"},
                        "text", text, "reference", notification.reference()))
                .retrieve()
                .toBodilessEntity());
    }
}
