package com.bank.complaints.cluster;

import java.util.ArrayList;
import java.util.List;

import com.bank.complaints.ComplaintDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node in this JVM, on a shared PostgreSQL database, with its own job executor,
 * web port and embedded mail server, as a bank would run several identical nodes.
 */
public final class Node implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A node with the demo users of the default profile, on PostgreSQL. */
    public static Node start(PostgresDatabase db, String name) {
        return withProfiles(db, name, "default,postgres");
    }

    public static Node withProfiles(PostgresDatabase db, String name, String profiles, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=" + profiles,
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--server.port=0",
                "--complaints.mail.embedded.port=0",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return new Node(new SpringApplicationBuilder(ComplaintDeskApplication.class).run(args.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
