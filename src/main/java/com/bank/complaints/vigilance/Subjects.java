package com.bank.complaints.vigilance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import com.bank.complaints.system.MaskingConverter;

/**
 * What a contact pattern is about, in two forms: a key to compare by (SHA-256 of the normalised
 * value, so the screening tables hold no contact data in clear) and a masked form people may read.
 */
final class Subjects {

    private Subjects() {
    }

    static String customerKey(String customerId) {
        return sha256(customerId.trim().toUpperCase(Locale.ROOT));
    }

    /** The national number: digits only, without the country code 86 in front. */
    static String phoneKey(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        String national = digits.length() > 11 && digits.startsWith("86") ? digits.substring(2) : digits;
        return national.isEmpty() ? null : sha256(national);
    }

    static String emailKey(String email) {
        return email == null || email.isBlank() ? null : sha256(email.trim().toLowerCase(Locale.ROOT));
    }

    static String maskedCustomer(String customerId) {
        String id = customerId.trim();
        return id.length() <= 4 ? "***" : id.substring(0, 2) + "***" + id.substring(id.length() - 2);
    }

    /** Phone and e-mail as the logs show them: the last 4 digits, the first letter and the domain. */
    static String maskedContact(String phoneOrEmail) {
        return MaskingConverter.mask(phoneOrEmail.trim());
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
