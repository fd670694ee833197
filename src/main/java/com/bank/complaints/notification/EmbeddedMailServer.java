package com.bank.complaints.notification;

import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The out-of-the-box mail server: GreenMail inside the app, so a fresh install can send receipts
 * and staff can read them at /mail without any mail server. Production turns it off and sets
 * spring.mail.* to the bank's SMTP relay.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "complaints.mail.embedded.enabled", havingValue = "true")
class EmbeddedMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail(@Value("${complaints.mail.embedded.port}") int port) {
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        return new GreenMail(port == 0 ? smtp.dynamicPort() : smtp)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail greenMail, Environment environment) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        // the time-outs of application.yml, as for the bank's relay
        sender.getJavaMailProperties().putAll(Binder.get(environment)
                .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
        // HELO, not EHLO: GreenMail flushes each line of its multi-line EHLO answer on its own, and the
        // second line then waits for the client's delayed TCP acknowledgement (Nagle): 40 ms per mail.
        // It offers no extension this sender would use (no TLS, no authentication).
        sender.getJavaMailProperties().put("mail.smtp.ehlo", "false");
        return sender;
    }

    /** Whether a mail arrived: the embedded server keeps every mail it received. */
    @Bean
    DeliveryCheck receivedMessages(GreenMail greenMail) {
        return messageId -> Arrays.stream(greenMail.getReceivedMessages()).anyMatch(mail -> messageId.equals(id(mail)))
                ? DeliveryCheck.Delivery.DELIVERED : DeliveryCheck.Delivery.NOT_DELIVERED;
    }

    private static String id(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
