package com.bank.complaints.notification;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.execution.CoreBanking;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@DeskTest
class MailboxPageTest {

    @Autowired
    Desk desk;
    @Autowired
    CoreBanking bank;

    @Test
    @DisplayName("operations read the receipts the embedded mail server received on /mail")
    void operationsReadReceiptsOnTheMailPage() {
        String reference = desk.accepted(with(feeComplaint(), "customerEmail", "mailbox-page@example.com"));
        desk.runJobs(reference);

        ResponseEntity<String> inbox = desk.as("ops").getForEntity("/mail", String.class);
        assertThat(inbox.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(inbox.getBody()).contains("mailbox-page@example.com", reference);

        String link = inbox.getBody().replaceAll("(?s).*href=\"(/mail/\\d+)\">[^<]*" + reference + ".*", "$1");
        ResponseEntity<String> mail = desk.as("ops").getForEntity(link, String.class);
        assertThat(mail.getBody()).contains("Dear Li Lei", "within 30 days", "sandbox=\"\"");
    }

    @Test
    @DisplayName("issue 17.2 /mail shows what the core-banking stand-in booked, the newest first, card numbers masked")
    void theMailPageShowsTheBanksBookings() {
        bank.post("mail-page-1:REFUND", new CoreBanking.PostingRequest("6222021234000045", CoreBanking.PostingType.REFUND,
                new BigDecimal("12.34"), "MAIL-PAGE-1", "refund"));
        bank.cardMeasure("mail-page-1:FREEZE", "6222021234000045", CoreBanking.Measure.FREEZE, "MAIL-PAGE-1", "fraud");

        String page = desk.as("ops").getForEntity("/mail", String.class).getBody();

        assertThat(page).contains("Core banking", "POSTING REFUND", "622202******0045 12.34 CNY", "CARD FREEZE")
                .doesNotContain("6222021234000045");
        assertThat(page.indexOf("CARD FREEZE")).as("newest first").isLessThan(page.indexOf("POSTING REFUND"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ops", "admin"})
    @DisplayName("Issue 13 point 7: operations and administrators open /mail")
    void operationsAndAdministratorsOpenTheMailPage(String user) {
        assertThat(desk.as(user).getForEntity("/mail", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"handler", "compliance", "agent", "supervisor"})
    @DisplayName("Issue 13 point 7: /mail shows every customer's mail and signed links, so other staff are refused")
    void otherStaffAreRefusedTheMailPage(String user) {
        assertThat(desk.as(user).getForEntity("/mail", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.as(user).getForEntity("/mail/0", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @DisplayName("R-REC-2 the mail page is closed to anonymous visitors")
    void mailPageNeedsALogin() {
        assertThat(desk.anonymous().getForEntity("/mail", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
