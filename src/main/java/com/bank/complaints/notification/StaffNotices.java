package com.bank.complaints.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * E-mails to staff (SLA warnings and breaches): to named users and to every member of named
 * groups, each person at most once per notice, whatever the retries.
 */
@Service
public class StaffNotices {

    private final IdentityService identityService;
    private final NotificationOutbox outbox;
    private final EmailSender email;
    private final ITemplateEngine templates;

    StaffNotices(IdentityService identityService, NotificationOutbox outbox, EmailSender email, ITemplateEngine templates) {
        this.identityService = identityService;
        this.outbox = outbox;
        this.email = email;
        this.templates = templates;
    }

    /**
     * Sends the notice {@code kind} about a complaint to the users and group members given.
     * {@code lines} are shown as a list of label: value.
     */
    public void send(String reference, String kind, Collection<String> users, Collection<String> groups, String subject,
            Map<String, String> lines) {
        Set<User> recipients = new LinkedHashSet<>();
        users.forEach(id -> recipients.addAll(identityService.createUserQuery().userId(id).list()));
        groups.forEach(id -> recipients.addAll(identityService.createUserQuery().memberOfGroup(id).list()));
        Context context = new Context();
        context.setVariable("subject", subject);
        context.setVariable("lines", lines);
        context.setVariable("reference", reference);
        String text = templates.process("mail/staff.txt", context);
        String html = templates.process("mail/staff", context);
        for (User user : recipients.stream().filter(u -> u.getEmail() != null).distinct().toList()) {
            Notification notice = new Notification(reference, kind + ":" + user.getId(), CustomerMailer.EMAIL, user.getEmail());
            outbox.sendOnce(notice, () -> email.delivery(notice), () -> email.send(notice, subject, text, html));
        }
    }
}
