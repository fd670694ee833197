package com.bank.complaints.system;

import static com.bank.complaints.system.MaskingConverter.mask;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Customers' personal data never reaches the log in the clear; the rest of a message stays as it was. */
class MaskingConverterTest {

    @Test
    void anEmailAddressKeepsItsFirstCharacterAndDomain() {
        assertThat(mask("receipt sent to li.lei@example.com")).isEqualTo("receipt sent to l***@example.com");
    }

    @Test
    void anEmailAddressWithDigitsIsMaskedAsAnAddress() {
        assertThat(mask("from 13800001234@163.com")).isEqualTo("from 1***@163.com");
    }

    @Test
    void aPhoneNumberWithCountryCodeKeepsItsLastFourDigits() {
        assertThat(mask("customer phone +86 138 0000 1234")).isEqualTo("customer phone +** *** **** 1234");
    }

    @Test
    void aMobileNumberKeepsItsLastFourDigits() {
        assertThat(mask("call 13800001234.")).isEqualTo("call *******1234.");
    }

    @Test
    void aLandlineWithDashesKeepsItsLastFourDigits() {
        assertThat(mask("tel 010-8888-6666")).isEqualTo("tel ***-****-6666");
    }

    @Test
    void aCardNumberKeepsItsFirstSixAndLastFourDigits() {
        assertThat(mask("card 6222021234567894 charged")).isEqualTo("card 622202******7894 charged");
    }

    @Test
    void aCardNumberWrittenInGroupsKeepsItsGroups() {
        assertThat(mask("card 6222 0212 3456 7894")).isEqualTo("card 6222 02** **** 7894");
    }

    @Test
    @DisplayName("Issue 13 point 6: a card-length number that fails the Luhn check is no card number and keeps only its last 4 digits")
    void aMistypedCardNumberKeepsOnlyItsLastFourDigits() {
        assertThat(mask("card 6222021234567890")).isEqualTo("card ************7890");
    }

    @Test
    void aChineseIdNumberKeepsItsLastFourCharacters() {
        assertThat(mask("id 11010519491231002X")).isEqualTo("id **************002X");
    }

    @Test
    void personalDataInsideChineseTextIsMasked() {
        assertThat(mask("客户韩梅梅（电话13800001234，邮箱hmm@example.cn，卡号6222021234567894，身份证110105194912310021）来电投诉"))
                .isEqualTo("客户韩梅梅（电话*******1234，邮箱h***@example.cn，卡号622202******7894，身份证**************0021）来电投诉");
    }

    @Test
    void datesTimesReferencesAndAmountsStayReadable() {
        String message = "CC-20261123-000042 due 2026-11-23 09:00 (+08:00), 1234567.89 CNY, id 3f2a1b4c-5678-1234-9abc-123456789012";

        assertThat(mask(message)).isEqualTo(message);
    }

    @Test
    void aNumberAfterADateIsStillMasked() {
        assertThat(mask("2026-10-15 13800001234")).isEqualTo("2026-10-15 *******1234");
    }

    @Test
    void shortNumbersStayAsTheyAre() {
        assertThat(mask("port 8080, 12 periods, 3 retries, 5 minutes")).isEqualTo("port 8080, 12 periods, 3 retries, 5 minutes");
    }

    @Test
    void theConverterMasksTheFormattedMessage() {
        LoggingEvent event = new LoggingEvent("test", new LoggerContext().getLogger("test"), Level.INFO,
                "customer {} at {}", null, new Object[] {"li.lei@example.com", "+86 138 0000 1234"});

        assertThat(new MaskingConverter().convert(event)).isEqualTo("customer l***@example.com at +** *** **** 1234");
    }
}
