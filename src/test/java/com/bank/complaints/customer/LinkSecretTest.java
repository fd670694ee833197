package com.bank.complaints.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.bank.complaints.ComplaintDeskApplication;
import com.bank.complaints.customer.SignedLinks.Purpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * Issue 13 point 7: the secret that signs customers' links has no default. Outside the demo profile
 * the product does not start without one of at least 32 bytes; the demo profile makes its own per
 * installation and keeps it in the installation's database. Each test starts the real application.
 */
class LinkSecretTest {

    /** 10 Chinese characters (3 bytes each) and one letter: 11 characters, 31 bytes. */
    private static final String SECRET_OF_31_BYTES = "投诉处理链接密钥签名x";

    @TempDir
    Path dataDirectory;

    @Test
    @DisplayName("Issue 13 point 7: the production profile refuses to start without a link secret")
    void productionDoesNotStartWithoutALinkSecret() {
        assertThatThrownBy(() -> startProduction("jdbc:h2:mem:no-link-secret")).rootCause()
                .hasMessageContaining("complaints.customer.link-secret is not set");
    }

    @Test
    @DisplayName("Issue 13 point 7: the production profile refuses to start with a link secret of 31 bytes (in UTF-8)")
    void productionDoesNotStartWithA31ByteLinkSecret() {
        assertThat(SECRET_OF_31_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(31);

        assertThatThrownBy(() -> startProduction("jdbc:h2:mem:short-link-secret",
                "--complaints.customer.link-secret=" + SECRET_OF_31_BYTES)).rootCause()
                .hasMessageContaining("complaints.customer.link-secret must be at least 32 bytes");
    }

    @Test
    @DisplayName("Issue 13 point 7: the demo profile makes its own link secret and keeps it: a link sent before a restart still opens after it")
    void theDemoKeepsItsLinkSecretAcrossRestarts() {
        String database = "jdbc:h2:file:" + dataDirectory.resolve("desk") + ";LOCK_TIMEOUT=10000";
        String link;
        try (ConfigurableApplicationContext before = startDemo(database)) {
            link = path(before.getBean(SignedLinks.class).url("CC-20261123-000001", Purpose.SURVEY));
        }

        try (ConfigurableApplicationContext after = startDemo(database)) {
            assertThat(open(after, link)).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    @DisplayName("Issue 13 point 7: each demo installation has a secret of its own: another one's link does not open")
    void anotherDemoInstallationRefusesTheLink() {
        String link;
        try (ConfigurableApplicationContext one = startDemo("jdbc:h2:mem:one-installation")) {
            link = path(one.getBean(SignedLinks.class).url("CC-20261123-000001", Purpose.SURVEY));
        }

        try (ConfigurableApplicationContext another = startDemo("jdbc:h2:mem:another-installation")) {
            assertThat(open(another, link)).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private static ConfigurableApplicationContext startDemo(String database) {
        return start("default", database);
    }

    /** Production with all it requires but the link secret (and a fresh database, whose schema Camunda may create). */
    private static ConfigurableApplicationContext startProduction(String database, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--camunda.bpm.database.schema-update=true",
                "--spring.mail.host=127.0.0.1",
                "--complaints.message-gateway.url=http://127.0.0.1:9/gateway/messages",
                "--complaints.message-gateway.token=a-gateway-token",
                "--complaints.core-banking.url=http://127.0.0.1:9",
                "--complaints.core-banking.token=a-core-banking-token",
                "--complaints.card-data.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "--server.tomcat.remoteip.internal-proxies="));
        arguments.addAll(List.of(extra));
        return start("production", database, arguments.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(String profile, String database, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=" + profile,
                "--spring.datasource.url=" + database,
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                // an engine named "default" would replace the one that the shared @DeskTest context's engine
                // REST API looks up by that name
                "--camunda.bpm.generate-unique-process-engine-name=true"));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(ComplaintDeskApplication.class).run(arguments.toArray(String[]::new));
    }

    /** The link as the customer's browser opens it on that installation. */
    private static HttpStatus open(ConfigurableApplicationContext app, String link) {
        String port = app.getEnvironment().getProperty("local.server.port");
        return HttpStatus.valueOf(new TestRestTemplate().getForEntity("http://localhost:" + port + link, String.class)
                .getStatusCode().value());
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/customer/respond"));
    }
}
