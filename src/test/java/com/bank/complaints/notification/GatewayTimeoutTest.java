package com.bank.complaints.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import com.bank.complaints.DeskTest;
import com.bank.complaints.system.Secrets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/**
 * A gateway that takes the connection and never answers ends the call after the read time-out, instead of
 * holding the job's thread for good; the notice is recorded as possibly delivered and its next attempt sends it
 * again under the same Idempotency-Key, which the gateway drops if it had it.
 */
@DeskTest
class GatewayTimeoutTest {

    @Autowired
    RestClient.Builder http;
    @Autowired
    ClientHttpRequestFactoryBuilder<?> requests;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    Secrets secrets;
    @Autowired
    MessageGateway gateway;
    @Autowired
    GatewayStub stub;

    @Test
    @Timeout(30) // without a read time-out the call waits for an answer that never comes
    @DisplayName("a gateway that never answers fails the send after the read time-out, and the retry reaches a gateway that answers")
    void silentGatewayFailsTheSendAndTheRetryGoesOut() throws Exception {
        Notification message = new Notification("CC-T-" + UUID.randomUUID().toString().substring(0, 18), "timeout",
                MessageGateway.MEDIUM, "+86 138 0000 0042");
        // the kernel completes the connection from the backlog; nobody ever reads the request or answers
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            MockEnvironment environment = new MockEnvironment().withProperty("complaints.message-gateway.url",
                    "http://127.0.0.1:" + silent.getLocalPort() + "/gateway/messages");
            MessageGateway silentGateway = new MessageGateway(http, requests, environment, outbox, secrets,
                    Duration.ofSeconds(2), Duration.ofMillis(500));

            assertThatThrownBy(() -> silentGateway.send(message, "Your complaint"))
                    .isInstanceOf(NotificationOutbox.NotificationNotSent.class).hasMessageContaining("it may have reached the server");

            assertThat(outbox.status(message.key())).isEqualTo(NotificationOutbox.UNSURE);
        }

        gateway.send(message, "Your complaint");

        assertThat(outbox.status(message.key())).isEqualTo(NotificationOutbox.SENT);
        assertThat(stub.received()).filteredOn(received -> received.idempotencyKey().equals(message.key())).hasSize(1);
    }
}
