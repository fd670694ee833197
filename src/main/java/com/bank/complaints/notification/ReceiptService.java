package com.bank.complaints.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.intake.NewComplaint;
import com.bank.complaints.system.BusinessTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The receipt (R-INTAKE-3/4): reference number, how to check progress, the handling steps and the
 * promised time limits, in the customer's language, as HTML and plain text.
 */
@Service
public class ReceiptService {

    static final String KIND = "RECEIPT";
    static final String EMAIL = "EMAIL";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (xxx)");

    private final ComplaintRepository complaints;
    private final NotificationOutbox outbox;
    private final EmailSender email;
    private final ITemplateEngine templates;
    private final BusinessTime time;
    private final String statusPageUrl;
    private final String hotline;

    ReceiptService(ComplaintRepository complaints, NotificationOutbox outbox, EmailSender email, ITemplateEngine templates,
            BusinessTime time, @Value("${complaints.customer.status-page-url}") String statusPageUrl,
            @Value("${complaints.customer.hotline}") String hotline) {
        this.complaints = complaints;
        this.outbox = outbox;
        this.email = email;
        this.templates = templates;
        this.time = time;
        this.statusPageUrl = statusPageUrl;
        this.hotline = hotline;
    }

    /** Sends the receipt once; calling it again for the same complaint (a retried job) sends nothing. */
    public void sendReceipt(String reference) {
        Complaint complaint = complaints.find(reference)
                .orElseThrow(() -> new IllegalStateException("No complaint record for " + reference));
        NewComplaint details = complaint.details();
        Notification receipt = new Notification(reference, KIND, EMAIL, details.customerEmail());
        if (details.customerEmail() == null) {
            outbox.markSkipped(receipt, "no e-mail address on file");
            return;
        }
        if (!outbox.claim(receipt)) {
            return;
        }
        Context model = model(complaint);
        try {
            email.send(receipt, templates.process("mail/receipt-subject.txt", model).strip(),
                    templates.process("mail/receipt.txt", model), templates.process("mail/receipt", model));
        } catch (RuntimeException e) {
            outbox.markFailed(receipt, e);
            throw e;
        }
        outbox.markSent(receipt);
    }

    private Context model(Complaint complaint) {
        NewComplaint details = complaint.details();
        Locale locale = details.language().locale();
        Context model = new Context(locale);
        model.setVariable("lang", details.language().code());
        model.setVariable("reference", complaint.reference());
        model.setVariable("name", details.customerName());
        model.setVariable("receivedAt", format(complaint.receivedAt()));
        model.setVariable("firstResponseDue", format(complaint.deadlines().firstResponseDue()));
        model.setVariable("replyDue", format(complaint.deadlines().replyDue()));
        model.setVariable("regulatoryDue", format(complaint.deadlines().regulatoryDue()));
        model.setVariable("grievance", details.grievance());
        model.setVariable("hotline", hotline);
        model.setVariable("statusUrl", UriComponentsBuilder.fromUriString(statusPageUrl)
                .queryParam("reference", complaint.reference()).build().toUriString());
        return model;
    }

    private String format(Instant instant) {
        return WHEN.format(instant.atZone(time.zone()));
    }
}
