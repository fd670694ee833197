package com.bank.complaints.customer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that let a customer answer without logging in (accept an offer, confirm an agreement, rate
 * the service): the link carries the reference, what it is for and its expiry, signed with the
 * bank's secret, so nobody can forge one for another complaint or another purpose.
 */
@Component
public class SignedLinks {

    private static final String SECRET = "complaints.customer.link-secret";
    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] secret;
    private final String baseUrl;
    private final Duration validity;
    private final BusinessTime time;

    SignedLinks(Secrets secrets, @Value("${complaints.customer.link-base-url}") String baseUrl,
            @Value("${complaints.customer.link-validity:P30D}") Duration validity, BusinessTime time) {
        // 32 bytes: as long as the HMAC-SHA256 key it becomes, so the secret is not the weaker part
        this.secret = secrets.required(SECRET, 32).getBytes(StandardCharsets.UTF_8);
        this.baseUrl = baseUrl;
        this.validity = validity;
        this.time = time;
    }

    /** What a customer may do through a link. */
    public enum Purpose {
        OFFER, AGREEMENT, SURVEY
    }

    /**
     * A verified link: the complaint it is for, what it lets the customer do, and which round of
     * that (an offer made after one rejection is round 1), so an old offer's link cannot answer a newer one.
     */
    public record Link(String reference, Purpose purpose, long round) {
    }

    public String url(String reference, Purpose purpose) {
        return url(reference, purpose, 0);
    }

    public String url(String reference, Purpose purpose, long round) {
        return UriComponentsBuilder.fromUriString(baseUrl).queryParam("token", token(reference, purpose, round)).build()
                .toUriString();
    }

    String token(String reference, Purpose purpose, long round) {
        String payload = reference + "|" + purpose + "|" + round + "|" + time.now().plus(validity).getEpochSecond();
        return ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODE.encodeToString(sign(payload));
    }

    /** The link's content when the signature is right and it has not expired; empty otherwise. */
    Optional<Link> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        try {
            if (parts.length != 2) {
                return Optional.empty();
            }
            String payload = new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(sign(payload), DECODE.decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = payload.split("\\|");
            if (fields.length != 4 || Instant.ofEpochSecond(Long.parseLong(fields[3])).isBefore(time.now())) {
                return Optional.empty();
            }
            return Optional.of(new Link(fields[0], Purpose.valueOf(fields[1]), Long.parseLong(fields[2])));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
