package com.bank.complaints.carddata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.bank.complaints.system.CardNumbers;
import com.bank.complaints.system.Secrets;
import org.springframework.stereotype.Service;

/**
 * Keeps full card numbers encrypted (issue 13 point 6, PCI DSS 3.4): AES-256-GCM with a random IV per
 * value, stored as Base64 of IV and ciphertext. Only the execution step decrypts, to post to the card
 * account. The key is {@code complaints.card-data.key} (Base64 of 32 bytes); without it the product
 * does not start, except in the demo (default) profile, which takes its installation's own random key.
 */
@Service
public class CardVault {

    static final String KEY_PROPERTY = "complaints.card-data.key";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    CardVault(Secrets secrets) {
        this.key = new SecretKeySpec(secrets.requiredKey(KEY_PROPERTY, KEY_BYTES), "AES");
    }

    /** The card number's digits, encrypted. */
    public String encrypt(String cardNumber) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(CardNumbers.digits(cardNumber).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The card number that {@link #encrypt} encrypted; a value changed or encrypted under another key is refused. */
    public String decrypt(String encrypted) {
        byte[] bytes = Base64.getDecoder().decode(encrypted);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An encrypted card number cannot be decrypted with the configured "
                    + KEY_PROPERTY + " (another key, or the value was changed)", e);
        }
    }
}
