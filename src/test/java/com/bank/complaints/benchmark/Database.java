package com.bank.complaints.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import com.bank.complaints.cluster.Node;
import com.bank.complaints.cluster.PostgresDatabase;

/**
 * A fresh database for one measurement: an H2 file in a temporary folder (the product's default) or
 * a new PostgreSQL database on the server of COMPLAINTS_TEST_POSTGRES_URL (skipped, with a message,
 * when none is configured). Removed on close.
 */
final class Database implements AutoCloseable {

    static final String H2 = "H2";
    static final String POSTGRESQL = "PostgreSQL";

    private final String kind;
    private final String url;
    private final String user;
    private final String password;
    private final AutoCloseable removal;

    private Database(String kind, String url, String user, String password, AutoCloseable removal) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.removal = removal;
    }

    static Database h2(String purpose) throws IOException {
        Path folder = Files.createTempDirectory("bench-" + purpose);
        return new Database(H2, "jdbc:h2:file:" + folder.resolve("db") + ";LOCK_TIMEOUT=10000", "sa", "",
                () -> deleteTree(folder));
    }

    static Database postgres(String purpose) throws SQLException {
        PostgresDatabase db = PostgresDatabase.createOrSkip("bench_" + purpose);
        return new Database(POSTGRESQL, db.url(), db.user(), db.password(), db);
    }

    static Database of(String kind, String purpose) throws IOException, SQLException {
        return POSTGRESQL.equals(kind) ? postgres(purpose) : h2(purpose);
    }

    /** A product node on this database with the demo users; {@code extra} as in {@link Node#on}. */
    Node node(String name, String... extra) {
        return Node.on(url, user, password, name, POSTGRESQL.equals(kind) ? "default,postgres" : "default", extra);
    }

    /** The connection pool size of the product (spring.datasource.hikari.maximum-pool-size in application.yml). */
    int productPoolSize() {
        return 20;
    }

    String kind() {
        return kind;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws Exception {
        removal.close();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
