package com.bank.complaints.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

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
        return on(db.url(), db.user(), db.password(), name, profiles, extra);
    }

    /**
     * A node on any database (the benchmarks also run on an H2 file); {@code extra} arguments
     * ({@code --name=value}) replace the defaults of the same name.
     */
    public static Node on(String url, String user, String password, String name, String profiles, String... extra) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : new String[] {
                "--spring.profiles.active=" + profiles,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--server.port=0",
                "--complaints.mail.embedded.port=0",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--spring.main.banner-mode=off"}) {
            args.put(arg.substring(0, arg.indexOf('=')), arg);
        }
        for (String arg : extra) {
            args.put(arg.substring(0, arg.indexOf('=')), arg);
        }
        return new Node(new SpringApplicationBuilder(ComplaintDeskApplication.class)
                .run(args.values().toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The node's HTTP port on localhost. */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
