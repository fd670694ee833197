package com.bank.complaints.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends one e-mail with a plain-text and an HTML body over SMTP. */
@Component
class EmailSender {

    private final JavaMailSender mailSender;
    private final String from;

    EmailSender(JavaMailSender mailSender, @Value("${complaints.mail.from}") String from) {
        this.mailSender = mailSender;
        this.from = from;
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
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not build the " + notification.kind() + " e-mail", e);
        }
        mailSender.send(message);
    }
}
