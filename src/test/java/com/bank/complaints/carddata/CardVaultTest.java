package com.bank.complaints.carddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import com.bank.complaints.system.Secrets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 13 point 6, PCI DSS 3.4: the full card number is kept encrypted with AES-GCM under the configured key. */
class CardVaultTest {

    private static final String CARD = "6222021234567894";

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private final CardVault vault = vault(KEY);

    @Test
    @DisplayName("PCI DSS 3.4: an encrypted card number decrypts to its digits")
    void encryptedCardNumberDecryptsToItsDigits() {
        String encrypted = vault.encrypt("6222 0212 3456 7894");

        assertThat(encrypted).doesNotContain("6222", "7894");
        assertThat(vault.decrypt(encrypted)).isEqualTo("6222021234567894");
    }

    @Test
    @DisplayName("PCI DSS 3.4: every value gets its own random IV, so equal card numbers do not look equal")
    void equalCardNumbersEncryptDifferently() {
        assertThat(vault.encrypt(CARD)).isNotEqualTo(vault.encrypt(CARD));
    }

    @Test
    @DisplayName("PCI DSS 3.4: a changed value is refused, not decrypted to another number")
    void changedValueIsRefused() {
        byte[] encrypted = Base64.getDecoder().decode(vault.encrypt(CARD));
        encrypted[encrypted.length - 1] ^= 1;

        assertThatThrownBy(() -> vault.decrypt(Base64.getEncoder().encodeToString(encrypted)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("PCI DSS 3.4: a value encrypted under another key is refused")
    void anotherKeyIsRefused() {
        String encrypted = vault(OTHER_KEY).encrypt(CARD);

        assertThatThrownBy(() -> vault.decrypt(encrypted)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CardVault.KEY_PROPERTY);
    }

    @Test
    @DisplayName("Issue 13 point 6: a key that is not 32 bytes of Base64 is refused, with the property named")
    void aShortKeyIsRefused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> vault(shortKey)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CardVault.KEY_PROPERTY + " must be 32 bytes");
    }

    private static CardVault vault(String key) {
        MockEnvironment production = new MockEnvironment().withProperty(CardVault.KEY_PROPERTY, key);
        production.setActiveProfiles("production");
        return new CardVault(new Secrets(production, null));
    }
}
