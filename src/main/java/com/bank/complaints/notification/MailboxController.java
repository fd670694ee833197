package com.bank.complaints.notification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * /mail: the embedded server's inbox, to read what customers were sent (with their signed links), and
 * what the stand-ins for the SMS gateway and the core-banking system received.
 * A demo part: only the demo profile has it, and only administrators and operations may open it
 * (SecurityConfiguration).
 */
@Controller
@Profile("default")
@ConditionalOnProperty(name = "complaints.mail.embedded.enabled", havingValue = "true")
class MailboxController {

    /**
     * A mail's HTML is shown as the customer sees it, styles inline as in every mail, in a sandbox
     * without scripts; the frame inherits this page's policy, which therefore allows inline styles
     * (and nothing else the site-wide policy forbids).
     */
    private static final String MAIL_PAGE_POLICY = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The core-banking instructions shown: the latest ones, enough for a demo. */
    private static final int BANK_INSTRUCTIONS_SHOWN = 200;

    private final GreenMail greenMail;
    private final ObjectProvider<GatewayStub> gateway;
    private final ObjectProvider<CoreBankingStandIn> bank;

    MailboxController(GreenMail greenMail, ObjectProvider<GatewayStub> gateway, ObjectProvider<CoreBankingStandIn> bank) {
        this.greenMail = greenMail;
        this.gateway = gateway;
        this.bank = bank;
    }

    @GetMapping("/mail")
    String inbox(Model model) throws MessagingException {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        List<MailSummary> summaries = new ArrayList<>();
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage m = messages[i];
            summaries.add(new MailSummary(i, m.getSentDate() == null ? "" : m.getSentDate().toInstant().toString(),
                    recipients(m), m.getSubject()));
        }
        model.addAttribute("mails", summaries);
        List<GatewayStub.GatewayMessage> gatewayMessages = new ArrayList<>(
                gateway.stream().flatMap(stub -> stub.received().stream()).toList());
        Collections.reverse(gatewayMessages);
        model.addAttribute("messages", gatewayMessages);
        model.addAttribute("bankInstructions",
                bank.stream().flatMap(standIn -> standIn.received(BANK_INSTRUCTIONS_SHOWN).stream()).toList());
        return "mailbox/inbox";
    }

    @GetMapping("/mail/{index}")
    String message(@PathVariable int index, Model model, HttpServletResponse response)
            throws MessagingException, IOException {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        if (index < 0 || index >= messages.length) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such mail");
        }
        MimeMessage m = messages[index];
        // set first: Spring Security adds its policy only to a response that has none
        response.setHeader("Content-Security-Policy", MAIL_PAGE_POLICY);
        model.addAttribute("subject", m.getSubject());
        model.addAttribute("to", recipients(m));
        model.addAttribute("from", Arrays.toString(m.getFrom()));
        model.addAttribute("text", MailParts.find(m, "text/plain"));
        model.addAttribute("html", MailParts.find(m, "text/html"));
        return "mailbox/message";
    }

    private static String recipients(MimeMessage m) throws MessagingException {
        return m.getAllRecipients() == null ? "" : String.join(", ",
                Arrays.stream(m.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList());
    }

    record MailSummary(int index, String sentAt, String to, String subject) {
    }
}
