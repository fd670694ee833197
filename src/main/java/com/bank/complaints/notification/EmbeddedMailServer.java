package com.bank.complaints.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
    JavaMailSenderImpl mailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
