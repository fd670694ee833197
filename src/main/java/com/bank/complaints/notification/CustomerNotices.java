package com.bank.complaints.notification;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.bank.complaints.customer.SignedLinks.Purpose;
import com.bank.complaints.customer.SignedLinks;
import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What the customer is told along the way, each at most once: protective measures, evidence
 * requests, the solution offer, the supplementary agreement, the result, the survey and the final
 * solution. Texts are in messages*.properties under notice.{kind}.*; the layout is mail/notice.
 */
@Service
public class CustomerNotices {

    private final ComplaintRepository complaints;
    private final CustomerMailer mailer;
    private final MessageGateway gateway;
    private final SignedLinks links;
    private final MessageSource messages;

    CustomerNotices(ComplaintRepository complaints, CustomerMailer mailer, MessageGateway gateway, SignedLinks links,
            MessageSource messages) {
        this.complaints = complaints;
        this.mailer = mailer;
        this.gateway = gateway;
        this.links = links;
        this.messages = messages;
    }

    /** R-TRIAGE-4: which temporary protective measures were taken, by e-mail and SMS. */
    public void protectiveMeasures(String reference, Map<String, Object> v) {
        List<String> measures = new ArrayList<>();
        if (Boolean.TRUE.equals(v.get(Variables.STOP_PAYMENT))) {
            measures.add("notice.measure.stopPayment");
        }
        if (Boolean.TRUE.equals(v.get(Variables.FREEZE_CARD))) {
            measures.add("notice.measure.freezeCard");
        }
        Complaint complaint = complaint(reference);
        Locale locale = complaint.details().language().locale();
        String applied = measures.isEmpty() ? message("notice.measure.none", locale)
                : String.join("; ", measures.stream().map(key -> message(key, locale)).toList());
        send(complaint, "protectiveMeasures", List.of(
                detail("detail.measures", applied),
                detail("detail.note", v.get(Variables.PROTECTIVE_MEASURES_NOTE))), List.of(), true);
    }

    /** R-INV-3: what evidence we need from the customer. */
    public void evidenceRequest(String reference, Map<String, Object> v) {
        send(complaint(reference), "evidenceRequest", List.of(detail("detail.request", v.get(Variables.EVIDENCE_REQUEST))),
                List.of(), false);
    }

    /** R-INV-3: the reminder while we still wait for the evidence. */
    public void evidenceReminder(String reference, Map<String, Object> v) {
        send(complaint(reference), "evidenceReminder", List.of(detail("detail.request", v.get(Variables.EVIDENCE_REQUEST))),
                List.of(), false);
    }

    /** R-RES-1: the offered solution, to accept or reject through a signed link. */
    public void solutionOffer(String reference, Map<String, Object> v) {
        send(complaint(reference), "offer", remedy(v),
                List.of(new Action("action.respond", links.url(reference, Purpose.OFFER, round(v)))), false);
    }

    /** R-EXEC-1: the supplementary agreement of an installment change, to confirm electronically. */
    public void supplementaryAgreement(String reference, Map<String, Object> v) {
        send(complaint(reference), "agreement", remedy(v),
                List.of(new Action("action.confirmAgreement", links.url(reference, Purpose.AGREEMENT))), false);
    }

    /** R-FB-1: conclusion, remedy and what happens next, by e-mail and by SMS / app push. */
    public void resultNotice(String reference, Map<String, Object> v) {
        List<Detail> details = new ArrayList<>();
        details.add(detail("detail.conclusion", firstNonNull(v.get(Variables.FINAL_SOLUTION),
                v.get(Variables.FINDING_SUMMARY), v.get(Variables.CONSULTATION_ANSWER))));
        details.addAll(remedy(v));
        send(complaint(reference), "result", details, List.of(), true);
    }

    /** R-FB-2: the satisfaction survey (1-5) through a signed link. */
    public void survey(String reference) {
        send(complaint(reference), "survey", List.of(),
                List.of(new Action("action.rate", links.url(reference, Purpose.SURVEY))), false);
    }

    /** R-RES-4: the expert panel's final solution, with the customer's right to go to the regulator or to court. */
    public void finalSolution(String reference, Map<String, Object> v) {
        List<Detail> details = new ArrayList<>();
        details.add(detail("detail.finalSolution", v.get(Variables.FINAL_SOLUTION)));
        details.addAll(remedy(v));
        send(complaint(reference), "finalSolution", details, List.of(), false);
    }

    /** The regulatory deadline was extended once: the reason and the new date. */
    public void extension(String reference, Map<String, Object> v) {
        Complaint complaint = complaint(reference);
        Object due = v.get(Variables.REGULATORY_DUE);
        send(complaint, "extension", List.of(
                detail("detail.reason", v.get(Variables.EXTENSION_REASON)),
                detail("detail.newDue", due instanceof Date date ? mailer.format(date.toInstant()) : null)),
                List.of(), false);
    }

    private void send(Complaint complaint, String kind, List<Detail> details, List<Action> actions, boolean alsoSms) {
        mailer.send(complaint, "NOTICE_" + kind, "notice", Map.of(
                "kind", kind,
                "details", details.stream().filter(d -> d.value() != null && !d.value().isBlank()).toList(),
                "actions", actions));
        if (alsoSms) {
            Locale locale = complaint.details().language().locale();
            gateway.send(new Notification(complaint.reference(), "NOTICE_" + kind, MessageGateway.MEDIUM,
                            complaint.details().customerPhone()),
                    messages.getMessage("notice." + kind + ".sms", new Object[] {complaint.reference()}, locale));
        }
    }

    private static List<Detail> remedy(Map<String, Object> v) {
        Object type = v.get(Variables.REMEDY_TYPE);
        Object amount = v.get(Variables.REMEDY_AMOUNT);
        return List.of(
                new Detail("detail.remedy", type == null ? null : "remedy." + type, true),
                detail("detail.amount", amount == null ? null : String.format(Locale.ROOT, "%.2f CNY", ((Number) amount).doubleValue())),
                detail("detail.remedyDetails", v.get(Variables.REMEDY_DETAILS)));
    }

    /** An offer made after n rejections is round n: its link answers only that offer. */
    private static long round(Map<String, Object> v) {
        Object rejections = v.get(Variables.CUSTOMER_REJECTIONS);
        return rejections == null ? 0 : ((Number) rejections).longValue();
    }

    private Complaint complaint(String reference) {
        return complaints.require(reference);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Object firstNonNull(Object... values) {
        for (Object value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Detail detail(String labelKey, Object value) {
        return new Detail(labelKey, value == null ? null : Objects.toString(value), false);
    }

    /** One labelled line of a notice; a translated value is itself a message key. */
    public record Detail(String labelKey, String value, boolean translated) {
    }

    /** A button or link the customer can follow. */
    public record Action(String labelKey, String url) {
    }
}
