package com.bank.complaints.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.NewComplaint;
import com.bank.complaints.system.BusinessTime;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends one templated e-mail to a complaint's customer, in their language, at most once per
 * notification kind: the outbox row is claimed (leased) before and marked after the SMTP call, each in its own
 * transaction, so a retried job finds it sent; an unfinished attempt is looked up at the mail server by its
 * Message-ID before any resend. An SMTP failure is rethrown for the job to retry.
 */
@Component
class CustomerMailer {

    static final String EMAIL = "EMAIL";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (xxx)");

    private final NotificationOutbox outbox;
    private final EmailSender email;
    private final ITemplateEngine templates;
    private final BusinessTime time;

    CustomerMailer(NotificationOutbox outbox, EmailSender email,
            ITemplateEngine templates, BusinessTime time) {
        this.outbox = outbox;
        this.email = email;
        this.templates = templates;
        this.time = time;
    }

    /**
     * Renders mail/{template}.html, mail/{template}.txt and mail/{template}-subject.txt with the
     * complaint's common fields plus {@code model}, and sends them as {@code kind}.
     */
    void send(Complaint complaint, String kind, String template, Map<String, Object> model) {
        String reference = complaint.reference();
        NewComplaint details = complaint.details();
        Notification notification = new Notification(reference, kind, EMAIL, details.customerEmail());
        if (details.customerEmail() == null) {
            outbox.markSkipped(notification, "no e-mail address on file");
            return;
        }
        Context context = new Context(details.language().locale());
        context.setVariable("lang", details.language().code());
        context.setVariable("reference", reference);
        context.setVariable("name", details.customerName());
        context.setVariable("receivedAt", format(complaint.receivedAt()));
        context.setVariable("complaint", complaint);
        context.setVariables(model);
        outbox.sendOnce(notification, () -> email.delivery(notification), () -> email.send(notification,
                templates.process("mail/" + template + "-subject.txt", context).strip(),
                templates.process("mail/" + template + ".txt", context),
                templates.process("mail/" + template, context)));
    }

    String format(Instant instant) {
        return WHEN.format(instant.atZone(time.zone()));
    }
}
