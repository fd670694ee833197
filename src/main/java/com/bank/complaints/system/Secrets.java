package com.bank.complaints.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The secrets the product needs, each read from its configuration property. None has a default: a
 * default would sit in the repository for anyone to read, so outside the demo profile a missing or
 * short secret stops the start. The demo (default) profile, which must run without any setup, takes
 * its installation's own random one instead (see {@link InstallationSecrets}).
 */
@Component
public class Secrets {

    /** Random bytes of a demo installation's secret: as strong as any minimum asked for here. */
    private static final int DEMO_SECRET_BYTES = 32;

    private final Environment environment;
    private final InstallationSecrets installation;

    public Secrets(Environment environment, InstallationSecrets installation) {
        this.environment = environment;
        this.installation = installation;
    }

    /**
     * The configured secret, which must have at least {@code minBytes} bytes in UTF-8; when it is not
     * configured, the demo installation's own, and outside the demo profile an error naming the property.
     */
    public String required(String property, int minBytes) {
        String configured = environment.getProperty(property);
        if (configured == null || configured.isEmpty()) {
            return demo(property, Math.max(minBytes, DEMO_SECRET_BYTES),
                    "set it to a random value of at least " + minBytes + " bytes");
        }
        int bytes = configured.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < minBytes) {
            throw new IllegalStateException(property + " must be at least " + minBytes + " bytes long in UTF-8; it has "
                    + bytes);
        }
        return configured;
    }

    /**
     * A key of exactly {@code bytes} bytes, configured in Base64; when it is not configured, the demo
     * installation's own, and outside the demo profile an error naming the property.
     */
    public byte[] requiredKey(String property, int bytes) {
        String configured = environment.getProperty(property);
        if (configured == null || configured.isBlank()) {
            return Base64.getUrlDecoder().decode(demo(property, bytes, "set it to " + bytes
                    + " random bytes in Base64, e.g. the output of 'openssl rand -base64 " + bytes + "'"));
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not Base64: " + e.getMessage());
        }
        if (key.length != bytes) {
            throw new IllegalStateException(property + " must be " + bytes + " bytes in Base64, got " + key.length);
        }
        return key;
    }

    private String demo(String property, int bytes, String howToSet) {
        if (environment.matchesProfiles("default")) {
            return installation.secret(property, bytes);
        }
        throw new IllegalStateException(property + " is not set; outside the demo profile it has no default: " + howToSet);
    }
}
