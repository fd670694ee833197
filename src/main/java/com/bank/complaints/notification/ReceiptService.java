package com.bank.complaints.notification;

import java.util.Map;

import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The receipt (R-INTAKE-3/4): reference number, how to check progress, the handling steps and the
 * promised time limits, in the customer's language, as HTML and plain text.
 */
@Service
public class ReceiptService {

    static final String KIND = "RECEIPT";

    private final ComplaintRepository complaints;
    private final CustomerMailer mailer;
    private final String statusPageUrl;
    private final String hotline;

    ReceiptService(ComplaintRepository complaints, CustomerMailer mailer,
            @Value("${complaints.customer.status-page-url}") String statusPageUrl,
            @Value("${complaints.customer.hotline}") String hotline) {
        this.complaints = complaints;
        this.mailer = mailer;
        this.statusPageUrl = statusPageUrl;
        this.hotline = hotline;
    }

    /** Sends the receipt once; calling it again for the same complaint (a retried job) sends nothing. */
    public void sendReceipt(String reference) {
        Complaint complaint = complaints.require(reference);
        mailer.send(complaint, KIND, "receipt", Map.of(
                "firstResponseDue", mailer.format(complaint.deadlines().firstResponseDue()),
                "replyDue", mailer.format(complaint.deadlines().replyDue()),
                "regulatoryDue", mailer.format(complaint.deadlines().regulatoryDue()),
                "grievance", complaint.details().grievance(),
                "hotline", hotline,
                "statusUrl", UriComponentsBuilder.fromUriString(statusPageUrl)
                        .queryParam("reference", reference).build().toUriString()));
    }
}
