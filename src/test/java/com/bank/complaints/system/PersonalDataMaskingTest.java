package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.bank.complaints.system.PersonalDataMasking.Complainant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-AN-4, R-REC-2: what the case library shows of a customer's own words. */
class PersonalDataMaskingTest {

    private static final Complainant LI_LEI = new Complainant("C-10086", "Li Lei", "+86 138 0000 1234",
            "li.lei@example.com", "INST-2026-000731");
    private static final Complainant HAN = new Complainant("C-20001", "韩梅梅", "13912345678", "han@example.cn",
            "6222 0212 3456 7890");

    private final PersonalDataMasking masking = new PersonalDataMasking();

    @Test
    @DisplayName("R-REC-2 the customer's name is masked wherever it appears, in any case")
    void nameEveryTime() {
        assertThat(masking.mask("Li Lei called; LI LEI says li lei was charged twice.", LI_LEI))
                .isEqualTo("[name] called; [name] says [name] was charged twice.");
    }

    @Test
    @DisplayName("R-REC-2 a Chinese name is masked inside Chinese text, where no spaces mark words")
    void chineseName() {
        assertThat(masking.mask("客户韩梅梅表示，韩梅梅的分期手续费被重复扣收。", HAN))
                .isEqualTo("客户[name]表示，[name]的分期手续费被重复扣收。");
    }

    @Test
    @DisplayName("R-REC-2 a Latin name is not masked inside another word")
    void nameOnlyAsWord() {
        Complainant li = new Complainant("C-1", "Li", null, null, null);

        assertThat(masking.mask("Li wants the limit lifted.", li)).isEqualTo("[name] wants the limit lifted.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Call me on 13800001234.|Call me on [phone].",
            "Call me on 138 0000 1234.|Call me on [phone].",
            "Call me on 138-0000-1234.|Call me on [phone].",
            "Call me on +86 138 0000 1234.|Call me on [phone].",
            "Call me on +8613800001234.|Call me on [phone]."})
    @DisplayName("R-REC-2 the customer's phone is masked however it is written")
    void ownPhone(String text, String masked) {
        assertThat(masking.mask(text, LI_LEI)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Contract INST-2026-000731 is wrong.|Contract [card] is wrong.",
            "Contract inst 2026 000731 is wrong.|Contract [card] is wrong.",
            "Contract INST2026000731 is wrong.|Contract [card] is wrong.",
            "合同INST-2026-000731已逾期。|合同[card]已逾期。"})
    @DisplayName("R-REC-2 the customer's card or contract number is masked with or without its dashes")
    void ownContract(String text, String masked) {
        assertThat(masking.mask(text, LI_LEI)).isEqualTo(masked);
    }

    @Test
    @DisplayName("R-REC-2 a card number in groups of four is masked")
    void ownCardInGroups() {
        assertThat(masking.mask("卡号6222-0212-3456-7890被盗刷，请联系13912345678或han@example.cn。", HAN))
                .isEqualTo("卡号[card]被盗刷，请联系[phone]或[email]。");
    }

    @Test
    @DisplayName("R-REC-2, issue 13 point 6: a card number stored masked (first 6, last 4) leaves none of its digits either")
    void maskedCard() {
        Complainant stored = new Complainant("C-20001", "韩梅梅", "13912345678", "han@example.cn", "622202******7894");

        assertThat(masking.mask("Card 6222 02** **** 7894 was charged twice; the record says 622202******7894.", stored))
                .isEqualTo("Card [card] was charged twice; the record says [card].");
    }

    @Test
    @DisplayName("R-REC-2 the customer's e-mail and customer id are masked")
    void ownEmailAndId() {
        assertThat(masking.mask("Write to LI.LEI@example.com about customer C-10086.", LI_LEI))
                .isEqualTo("Write to [email] about customer [id].");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My wife wang.fang@mail.example.org complained too.|My wife [email] complained too.",
            "Her mobile is 139 1111 2222.|Her mobile is [phone].",
            "The branch number is 010-62345678.|The branch number is [phone].",
            "Another card 4111 1111 1111 1111 was charged.|Another card [card] was charged.",
            "身份证号110105199001011234，已提交。|身份证号[id]，已提交。",
            "ID 11010519900101123X attached.|ID [id] attached.",
            "Ticket 7654321 was closed.|Ticket [number] was closed."})
    @DisplayName("R-REC-2 anyone's e-mail, phone, card, resident ID or long number is masked too")
    void othersData(String text, String masked) {
        assertThat(masking.mask(text, LI_LEI)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The fee of 1,000.00 CNY was charged twice, and 800 more.",
            "I paid 12345678.50 in total.",
            "Charged on 2026-10-15 and again on 2026-11-15.",
            "12 periods, 2026-03 to 2027-02, at 0.75% a month.",
            "十月份的分期手续费被重复扣收，共计128.50元。",
            "Nothing personal here."})
    @DisplayName("R-AN-4 amounts, dates and text without personal data stay as they are")
    void unchanged(String text) {
        assertThat(masking.mask(text, LI_LEI)).isEqualTo(text);
    }

    @Test
    @DisplayName("R-AN-4 no text, no masking")
    void nullAndBlank() {
        assertThat(masking.mask(null, LI_LEI)).isNull();
        assertThat(masking.mask(" ", LI_LEI)).isEqualTo(" ");
    }
}
