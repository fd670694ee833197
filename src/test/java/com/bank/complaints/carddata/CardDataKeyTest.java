package com.bank.complaints.carddata;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bank.complaints.ComplaintDeskApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Issue 13 point 6: outside the demo profile the card-data key has no default. */
class CardDataKeyTest {

    @Test
    @DisplayName("Issue 13 point 6, PCI DSS 3.4: the production profile without complaints.card-data.key refuses to start, naming it")
    void productionWithoutAKeyDoesNotStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ComplaintDeskApplication.class).profiles("production").run(
                "--spring.datasource.url=jdbc:h2:mem:card-key-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                // the engine creates its tables in this empty database and every other secret is set,
                // so nothing but the key is missing
                "--camunda.bpm.database.schema-update=true",
                "--complaints.customer.link-secret=a-production-secret-of-at-least-32-bytes",
                "--complaints.message-gateway.url=http://127.0.0.1:9/gateway/messages",
                "--complaints.message-gateway.token=a-gateway-token",
                "--complaints.core-banking.url=http://127.0.0.1:9",
                "--complaints.core-banking.token=a-core-banking-token",
                "--server.tomcat.remoteip.internal-proxies=",
                "--spring.mail.host=127.0.0.1",
                // the engine REST API looks its engine up by the name "default", which the shared test context owns
                "--camunda.bpm.generate-unique-process-engine-name=true"))
                .rootCause().hasMessageContaining(CardVault.KEY_PROPERTY + " is not set");
    }
}
