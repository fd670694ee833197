package com.bank.complaints;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.util.Throwables;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts the app with the production profile and every setting it needs but one, on an empty in-memory database,
 * to prove that this one setting has no default outside the demo profile: the start fails, naming it.
 */
public final class ProductionStart {

    private ProductionStart() {
    }

    /** Why the start failed (the root cause) when {@code missing} is the one production setting not given. */
    public static Throwable refusalWithout(String missing) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", "jdbc:h2:mem:production-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        settings.put("server.port", "0");
        settings.put("camunda.bpm.job-execution.enabled", "false");
        // the engine creates its tables in this empty database, so nothing but the missing setting stops the start
        settings.put("camunda.bpm.database.schema-update", "true");
        settings.put("complaints.customer.link-secret", "a-production-secret-of-at-least-32-bytes");
        settings.put("complaints.message-gateway.url", "http://127.0.0.1:9/gateway/messages");
        settings.put("complaints.message-gateway.token", "a-gateway-token");
        settings.put("complaints.core-banking.url", "http://127.0.0.1:9");
        settings.put("complaints.core-banking.token", "a-core-banking-token");
        settings.put("complaints.card-data.key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        settings.put("server.tomcat.remoteip.internal-proxies", "");
        settings.put("spring.mail.host", "127.0.0.1");
        // the engine REST API looks its engine up by the name "default", which the shared test context owns
        settings.put("camunda.bpm.generate-unique-process-engine-name", "true");
        if (settings.remove(missing) == null) {
            throw new IllegalArgumentException(missing + " is not one of the production settings given here");
        }
        String[] arguments = settings.entrySet().stream().map(s -> "--" + s.getKey() + "=" + s.getValue()).toArray(String[]::new);
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ComplaintDeskApplication.class)
                .profiles("production").run(arguments).close());
        if (failure == null) {
            throw new AssertionError("the production profile started without " + missing);
        }
        return Throwables.getRootCause(failure);
    }
}
