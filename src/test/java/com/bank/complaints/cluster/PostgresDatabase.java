package com.bank.complaints.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test class, on the server named by COMPLAINTS_TEST_POSTGRES_URL
 * (a JDBC URL of a database the user may connect to, e.g. jdbc:postgresql://localhost:5432/postgres),
 * COMPLAINTS_TEST_POSTGRES_USER and COMPLAINTS_TEST_POSTGRES_PASSWORD. Without them the PostgreSQL
 * tests are skipped with a message; .ci/run installs and starts a server and sets them.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final String URL = "COMPLAINTS_TEST_POSTGRES_URL";
    private static final int DROP_ATTEMPTS = 60;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private PostgresDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    public static PostgresDatabase createOrSkip(String purpose) throws SQLException {
        String url = System.getenv(URL);
        Assumptions.assumeTrue(url != null && !url.isBlank(), "PostgreSQL tests skipped: no server configured. Set "
                + URL + ", COMPLAINTS_TEST_POSTGRES_USER and COMPLAINTS_TEST_POSTGRES_PASSWORD (.ci/run does).");
        PostgresDatabase db = new PostgresDatabase(url, System.getenv("COMPLAINTS_TEST_POSTGRES_USER"),
                System.getenv("COMPLAINTS_TEST_POSTGRES_PASSWORD"),
                purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
        db.execute("CREATE DATABASE " + db.name);
        return db;
    }

    public String url() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password == null ? "" : password;
    }

    /**
     * Drops the database. FORCE ends our own sessions, but not an autovacuum worker (the server's, which
     * a large load wakes): its session refuses the drop until it is done, so the drop is tried again.
     */
    @Override
    public void close() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (SQLException e) {
                if (attempt == DROP_ATTEMPTS) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
