package com.bank.complaints.notification;

import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.MessageIDTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * A {@link DeliveryCheck} for the bank's relay: searches an IMAP mailbox that receives a copy of every
 * mail the relay accepts (a journal or BCC rule that copies it when it accepts it) for the Message-ID.
 * On when complaints.mail.delivery-check.imap.host is set; the password has no default. A mailbox
 * that cannot be read answers UNKNOWN, so the outbox leaves the message to a person rather than guess.
 */
@Component
@Primary
@ConditionalOnProperty(name = "complaints.mail.delivery-check.imap.host")
class ImapDeliveryCheck implements DeliveryCheck {

    private static final Logger log = LoggerFactory.getLogger(ImapDeliveryCheck.class);

    private final String protocol;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String folder;

    ImapDeliveryCheck(@Value("${complaints.mail.delivery-check.imap.protocol:imaps}") String protocol,
            @Value("${complaints.mail.delivery-check.imap.host}") String host,
            @Value("${complaints.mail.delivery-check.imap.port:993}") int port,
            @Value("${complaints.mail.delivery-check.imap.user}") String user,
            @Value("${complaints.mail.delivery-check.imap.password}") String password,
            @Value("${complaints.mail.delivery-check.imap.folder:INBOX}") String folder) {
        this.protocol = protocol;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.folder = folder;
    }

    @Override
    public Delivery delivery(String messageId) {
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(host, port, user, password);
            Folder copies = store.getFolder(folder);
            copies.open(Folder.READ_ONLY);
            try {
                return copies.search(new MessageIDTerm(messageId)).length > 0 ? Delivery.DELIVERED : Delivery.NOT_DELIVERED;
            } finally {
                copies.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Could not search {}:{}/{} for {}: {}", host, port, folder, messageId, e.getMessage());
            return Delivery.UNKNOWN;
        }
    }
}
