package com.bank.complaints;

import java.sql.SQLException;
import java.util.Map;

import com.bank.complaints.cluster.PostgresDatabase;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * A fresh PostgreSQL database for one Spring test context (see {@link OnPostgres}), created when the
 * context starts and dropped when it closes (or the JVM ends), on the server of COMPLAINTS_TEST_POSTGRES_URL.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String URL = "COMPLAINTS_TEST_POSTGRES_URL";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresDatabase db;
        try {
            db = PostgresDatabase.createOrSkip("desk");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database on " + System.getenv(URL), e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.user(),
                "spring.datasource.password", db.password())));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                drop(db);
            }
        });
        // a context that fails to start is never closed
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(db)));
    }

    private static void drop(PostgresDatabase db) {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test database " + db.url(), e);
        }
    }

    /**
     * Whether the PostgreSQL variants can run: without a server they are skipped, saying why; in CI
     * (CI=true) they must run, so a missing server fails them instead of letting them pass unseen.
     */
    public static ConditionEvaluationResult availability() {
        String url = System.getenv(URL);
        if (url != null && !url.isBlank()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + URL + " is not set: the PostgreSQL variants must run "
                    + "in CI (.ci/run starts a server and sets it)");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL variants skipped: no server configured. Set " + URL
                + ", COMPLAINTS_TEST_POSTGRES_USER and COMPLAINTS_TEST_POSTGRES_PASSWORD (.ci/run does).");
    }

    /** {@link #availability()} as a JUnit condition. */
    public static class Required implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return availability();
        }
    }
}
