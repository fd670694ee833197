package com.bank.complaints.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.bank.complaints.notification.DeliveryCheck.Delivery;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue 18.3: the production delivery check asks a real IMAP mailbox that gets a copy of every mail
 * the relay accepts (GreenMail here, over SMTP and IMAP).
 */
class ImapDeliveryCheckTest {

    private static final String FROM = "complaints@bank.example";

    private final GreenMail relay = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
    private EmailSender email;

    @BeforeEach
    void start() {
        relay.start();
        relay.setUser("journal@bank.example", "journal", "journal-secret");
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(relay.getSmtp().getPort());
        email = new EmailSender(sender, FROM, DeliveryCheck.NONE);
    }

    @AfterEach
    void stop() {
        relay.stop();
    }

    @Test
    @DisplayName("issue 18.3 the IMAP check finds a sent mail's copy by its Message-ID and no other")
    void findsTheCopyByMessageId() {
        Notification sent = new Notification("CC-IMAP-1", "RECEIPT", CustomerMailer.EMAIL, "journal@bank.example");
        Notification notSent = new Notification("CC-IMAP-10", "RECEIPT", CustomerMailer.EMAIL, "journal@bank.example");
        email.send(sent, "Receipt", "text", "<p>html</p>");

        ImapDeliveryCheck check = check("journal-secret");

        assertThat(check.delivery(email.messageId(sent))).isEqualTo(Delivery.DELIVERED);
        assertThat(check.delivery(email.messageId(notSent))).isEqualTo(Delivery.NOT_DELIVERED);
    }

    @Test
    @DisplayName("issue 18.3 a mailbox the check cannot read answers UNKNOWN, so nothing is sent again on a guess")
    void unreadableMailboxIsUnknown() {
        Notification sent = new Notification("CC-IMAP-2", "RECEIPT", CustomerMailer.EMAIL, "journal@bank.example");
        email.send(sent, "Receipt", "text", "<p>html</p>");

        assertThat(check("wrong-password").delivery(email.messageId(sent))).isEqualTo(Delivery.UNKNOWN);
    }

    private ImapDeliveryCheck check(String password) {
        return new ImapDeliveryCheck("imap", "127.0.0.1", relay.getImap().getPort(), "journal", password, "INBOX");
    }
}
