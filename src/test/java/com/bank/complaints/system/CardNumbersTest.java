package com.bank.complaints.system;

import static com.bank.complaints.system.CardNumbers.isCardNumber;
import static com.bank.complaints.system.CardNumbers.looksLikeMistypedCardNumber;
import static com.bank.complaints.system.CardNumbers.maskIn;
import static com.bank.complaints.system.CardNumbers.replaceMasked;
import static com.bank.complaints.system.CardNumbers.visible;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13 point 6, PCI DSS 3.4: what a card number is, and that only its first 6 and last 4 digits are ever shown. */
class CardNumbersTest {

    /** Luhn-valid, as every real card number is. */
    static final String CARD = "6222021234567894";

    @ParameterizedTest
    @ValueSource(strings = {"6222021234567894", "6222 0212 3456 7894", "6222-0212-3456-7894", "4100000000004",
            "6228480012345678903"})
    @DisplayName("Issue 13 point 6: 13 to 19 digits that pass the Luhn check are a card number, written with spaces or dashes or not")
    void luhnValidDigitsAreACardNumber(String value) {
        assertThat(isCardNumber(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INST-2026-000731", "6222021234567890", "622202123456", "62280012345678903123", "13800001234"})
    @DisplayName("Issue 13 point 6: a contract number, a number failing the Luhn check, too short or too long is no card number")
    void otherNumbersAreNoCardNumber(String value) {
        assertThat(isCardNumber(value)).isFalse();
    }

    @Test
    @DisplayName("PCI DSS 3.4: a card number is shown as its first 6 and last 4 digits, without its spaces")
    void aCardNumberIsShownAsItsFirstSixAndLastFourDigits() {
        assertThat(visible("6222 0212 3456 7894")).isEqualTo("622202******7894");
        assertThat(visible("6228480012345678903")).isEqualTo("622848*********8903");
    }

    @Test
    @DisplayName("Issue 13 point 6: a contract number is shown as it is")
    void aContractNumberIsShownAsItIs() {
        assertThat(visible("INST-2026-000731")).isEqualTo("INST-2026-000731");
    }

    @Test
    @DisplayName("Issue 13 point 6: a card-shaped number that fails the Luhn check is a mistyped card number")
    void aCardShapedNumberFailingLuhnIsMistyped() {
        assertThat(looksLikeMistypedCardNumber("6222 0212 3456 7890")).isTrue();
        assertThat(looksLikeMistypedCardNumber("6222 0212 3456 7894")).isFalse();
        assertThat(looksLikeMistypedCardNumber("INST-2026-000731")).isFalse();
    }

    @Test
    @DisplayName("PCI DSS 3.4: a card number in a text keeps its first 6 and last 4 digits, its spaces and the text's length")
    void aCardNumberInATextIsMaskedInPlace() {
        String text = "我的卡号 6222 0212 3456 7894 被重复扣费, card 6222021234567894.";

        assertThat(maskIn(text)).isEqualTo("我的卡号 6222 02** **** 7894 被重复扣费, card 622202******7894.")
                .hasSameSizeAs(text);
    }

    @Test
    @DisplayName("PCI DSS 3.4: a card number followed by another number in the same run is still found")
    void aCardNumberFollowedByAnotherNumberIsFound() {
        assertThat(maskIn("card 6222 0212 3456 7894 12 periods")).isEqualTo("card 6222 02** **** 7894 12 periods");
    }

    @Test
    @DisplayName("Issue 13 point 6: dates, references, contract and phone numbers, amounts and mistyped numbers in a text stay")
    void otherNumbersInATextStay() {
        String text = "CC-20261123-000042 on 2026-10-15, INST-2026-000731, +86 138 0000 1234, 1234567.89 CNY, "
                + "6222021234567890";

        assertThat(maskIn(text)).isEqualTo(text);
    }

    @Test
    @DisplayName("Issue 13 point 6: masking a masked text changes nothing")
    void maskingTwiceChangesNothing() {
        String once = maskIn("card 6222 0212 3456 7894 and " + CARD);

        assertThat(maskIn(once)).isEqualTo(once);
        assertThat(visible(visible(CARD))).isEqualTo(visible(CARD));
    }

    @Test
    @DisplayName("R-REC-2: masked card numbers, stored or in a text, can be replaced as a whole")
    void maskedCardNumbersCanBeReplaced() {
        assertThat(replaceMasked("card 622202******7894 or 6222 02** **** 7894, contract INST-2026-000731", "[card]"))
                .isEqualTo("card [card] or [card], contract INST-2026-000731");
    }
}
