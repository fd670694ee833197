package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.bank.complaints.bankstandin.CoreBankingStandIn;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13 point 7: the production profile, configured as a bank would (every secret set, no
 * default), has none of the demo's parts: no /mail, no stand-in for the SMS gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // a link secret of 12 characters and 34 bytes: the minimum counts bytes
        "complaints.customer.link-secret=" + ProductionProfileTest.LINK_SECRET,
        "complaints.message-gateway.url=http://127.0.0.1:9/gateway/messages",
        "complaints.message-gateway.token=the-banks-gateway-token",
        "complaints.core-banking.url=http://127.0.0.1:9",
        "complaints.core-banking.token=the-banks-core-banking-token",
        "server.tomcat.remoteip.internal-proxies=",
        "complaints.card-data.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "spring.mail.host=127.0.0.1",
        // a fresh in-memory database: Camunda may create its schema, which production otherwise leaves alone
        "camunda.bpm.database.schema-update=true",
        // the engine REST API looks its engine up by the name "default": a second engine of that name would
        // take it over from the shared @DeskTest context
        "camunda.bpm.generate-unique-process-engine-name=true"})
@ActiveProfiles("production")
class ProductionProfileTest {

    static final String LINK_SECRET = "投诉处理链接密钥签名保x";
    private static final String ADMINISTRATOR = "prodadmin";
    private static final String PASSWORD = "a-long-production-password";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void anAdministratorExists() {
        if (identityService.createUserQuery().userId(ADMINISTRATOR).count() == 0) {
            User admin = identityService.newUser(ADMINISTRATOR);
            admin.setPassword(PASSWORD);
            identityService.saveUser(admin);
            identityService.createMembership(ADMINISTRATOR, "camunda-admin");
        }
    }

    @Test
    @DisplayName("Issue 13 point 7: a link secret of 32 bytes or more is taken, however few characters it has")
    void aLinkSecretIsMeasuredInBytes() {
        assertThat(LINK_SECRET.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(LINK_SECRET).hasSizeLessThan(32);
    }

    @Test
    @DisplayName("Issue 13 point 7: production has no /mail, not even for an administrator")
    void thereIsNoMailPage() {
        ResponseEntity<String> mail = http.withBasicAuth(ADMINISTRATOR, PASSWORD).getForEntity("/mail", String.class);

        assertThat(mail.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("Issue 13 point 7: production has no stand-in for the SMS gateway")
    void thereIsNoGatewayStandIn() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "fake-1");
        headers.setBearerAuth("the-banks-gateway-token");

        ResponseEntity<String> sms = http.exchange("/gateway/messages", HttpMethod.POST,
                new HttpEntity<>(Map.of("to", "+86 139 0000 0000", "text", "fake"), headers), String.class);

        assertThat(sms.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("issue 17.2 production has no stand-in for the core-banking system")
    void thereIsNoCoreBankingStandIn() {
        assertThat(context.getBeansOfType(CoreBankingStandIn.class)).isEmpty();
    }

    @Test
    @DisplayName("Issue 13 point 7: production's webapp cookies (session and CSRF token) are always Secure")
    void theWebappsCookiesAreSecure() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/welcome/default/", String.class);

        assertThat(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("Secure"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").containsIgnoringCase("Secure"));
    }
}
