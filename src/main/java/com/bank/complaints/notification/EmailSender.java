package com.bank.complaints.notification;

import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail with a plain-text and an HTML body over SMTP. Its Message-ID comes from the outbox
 * row, the same on every attempt, so the mail side can be asked whether an unfinished attempt delivered it.
 */
@Component
class EmailSender {

    private final JavaMailSender mailSender;
    private final String from;
    private final DeliveryCheck deliveryCheck;

    @Autowired
    EmailSender(JavaMailSender mailSender, @Value("${complaints.mail.from}") String from,
            ObjectProvider<DeliveryCheck> deliveryCheck) {
        this(mailSender, from, deliveryCheck.getIfAvailable(() -> DeliveryCheck.NONE));
    }

    /** A sender to another mail server, or with another check (tests). */
    EmailSender(JavaMailSender mailSender, String from, DeliveryCheck deliveryCheck) {
        nameStreamProvider();
        this.mailSender = mailSender;
        this.from = from;
        this.deliveryCheck = deliveryCheck;
    }

    /**
     * Jakarta Mail 2.1 looks its StreamProvider up again for every MIME part it builds or writes, by a ServiceLoader
     * scan of every jar on the class path (jakartaee/mail-api#699, #861): a tenth of an SLA job's CPU in the timer
     * storm, and the same again where the embedded mail server reads the mail. Named in the system property the API
     * reads first, the provider is found by its class instead: the same one, looked up once here.
     */
    static void nameStreamProvider() {
        String property = StreamProvider.class.getName();
        if (System.getProperty(property) == null) {
            ServiceLoader.load(StreamProvider.class, EmailSender.class.getClassLoader()).findFirst()
                    .ifPresent(provider -> System.setProperty(property, provider.getClass().getName()));
        }
    }

    void send(Notification notification, String subject, String text, String html) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(notification.recipient());
            helper.setSubject(subject);
            helper.setText(text, html);
            message.setHeader("X-Complaint-Reference", notification.reference());
            message.setHeader("X-Notification-Key", notification.key());
            // JavaMailSenderImpl keeps a Message-ID set before sending
            message.setHeader("Message-ID", messageId(notification));
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not build the " + notification.kind() + " e-mail", e);
        }
        mailSender.send(message);
    }

    /** Whether the mail side already has this notification (see {@link DeliveryCheck}). */
    DeliveryCheck.Delivery delivery(Notification notification) {
        return deliveryCheck.delivery(messageId(notification));
    }

    /**
     * {@code <key@sender's domain>}, the key's characters beyond letters, digits, - and _ written as =XX
     * (':' as '.'), so that two keys never share a Message-ID.
     */
    String messageId(Notification notification) {
        StringBuilder id = new StringBuilder("<");
        for (byte b : notification.key().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == ':') {
                id.append('.');
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                id.append(c);
            } else {
                id.append(String.format("=%02X", b & 0xff));
            }
        }
        return id.append('@').append(from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip()).append('>').toString();
    }
}
