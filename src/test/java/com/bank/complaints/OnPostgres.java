package com.bank.complaints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a {@link DeskTest} class's tests again on PostgreSQL, the production database: put it on an empty
 * subclass ({@code @OnPostgres class ReportApiOnPostgresTest extends ReportApiTest {}}) and the same
 * assertions run against the same SQL on both databases. Every class so marked has the same configuration,
 * so they share one Spring context on one fresh database ({@link PostgresTestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles({"default", "postgres"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
// Camunda keeps its engines in a registry per JVM, by name: a second "default" engine would take the engine REST
// and the webapps of the H2 context over, so this context's engine has a name of its own
@TestPropertySource(properties = "camunda.bpm.process-engine-name=postgres")
@ExtendWith(PostgresTestDatabase.Required.class)
public @interface OnPostgres {
}
