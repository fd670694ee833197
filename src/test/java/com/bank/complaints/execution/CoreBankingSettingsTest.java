package com.bank.complaints.execution;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bank.complaints.ComplaintDeskApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Issue 17 point 1: outside the demo profile the core-banking system's address has no default. */
class CoreBankingSettingsTest {

    @Test
    @DisplayName("issue 17.1 the production profile without complaints.core-banking.url refuses to start, naming it")
    void productionWithoutTheBanksAddressDoesNotStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ComplaintDeskApplication.class).profiles("production").run(
                "--spring.datasource.url=jdbc:h2:mem:core-banking-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                // every other setting is there, so nothing but the address is missing
                "--camunda.bpm.database.schema-update=true",
                "--complaints.customer.link-secret=a-production-secret-of-at-least-32-bytes",
                "--complaints.message-gateway.url=http://127.0.0.1:9/gateway/messages",
                "--complaints.message-gateway.token=a-gateway-token",
                "--complaints.core-banking.token=a-core-banking-token",
                "--complaints.card-data.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "--server.tomcat.remoteip.internal-proxies=",
                "--spring.mail.host=127.0.0.1",
                // the engine REST API looks its engine up by the name "default", which the shared test context owns
                "--camunda.bpm.generate-unique-process-engine-name=true"))
                .rootCause().hasMessageContaining(HttpCoreBanking.URL + " is not set");
    }
}
