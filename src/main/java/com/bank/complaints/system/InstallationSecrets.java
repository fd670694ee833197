package com.bank.complaints.system;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Random secrets of one installation, made on first use and kept in its database, so every node of
 * it and every restart reads the same one. Only the demo (default) profile uses them: every other
 * profile must configure its secrets.
 */
@Component
public class InstallationSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    InstallationSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The installation's secret of that name, {@code bytes} random bytes in URL-safe Base64; the first caller makes it. */
    public String secret(String name, int bytes) {
        String existing = read(name);
        if (existing != null) {
            return existing;
        }
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        try {
            jdbc.update("INSERT INTO installation_secret (name, secret, created_at) VALUES (?, ?, ?)", name,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(random), OffsetDateTime.now(ZoneOffset.UTC));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // the other node's secret is the installation's
        }
        return read(name);
    }

    private String read(String name) {
        return jdbc.query("SELECT secret FROM installation_secret WHERE name = ?", rs -> rs.next() ? rs.getString(1) : null,
                name);
    }
}
