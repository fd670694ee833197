package com.bank.complaints.notification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.bank.complaints.customer.SignedLinks.Purpose;
import com.bank.complaints.customer.SignedLinks;
import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What the customer is told along the way, each at most once: the first answer, protective measures,
 * the preliminary solution, evidence
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

    /**
     * R-INTAKE-4, R-TRIAGE-4: the first clear answer, by e-mail and SMS / app: which team handles the
     * case, what happens next and by when the customer has our reply.
     */
    public void firstAnswer(CaseData v, Instant replyDue) {
        Complaint complaint = complaint(v.reference());
        Locale locale = complaint.details().language().locale();
        String group = v.handlingGroup() == null ? "complaint-handlers" : v.handlingGroup();
        String severity = v.severity() == null ? "GENERAL" : v.severity();
        send(complaint, "firstAnswer", List.of(
                detail("detail.handledBy", messages.getMessage("team." + group, null, group, locale)),
                detail("detail.nextStep", message("notice.firstAnswer.next." + severity, locale)),
                detail("detail.replyBy", replyDue == null ? null : mailer.format(replyDue))), List.of(), true);
    }

    /** R-TRIAGE-4: the joint team's preliminary solution, within 24 hours of receipt, by e-mail and SMS / app. */
    public void preliminarySolution(CaseData v) {
        send(complaint(v.reference()), "preliminarySolution",
                List.of(detail("detail.preliminarySolution", v.preliminarySolution())), List.of(), true);
    }

    /** R-TRIAGE-4: which temporary protective measures were taken, by e-mail and SMS. */
    public void protectiveMeasures(CaseData v) {
        List<String> measures = new ArrayList<>();
        if (v.stopPayment()) {
            measures.add("notice.measure.stopPayment");
        }
        if (v.freezeCard()) {
            measures.add("notice.measure.freezeCard");
        }
        Complaint complaint = complaint(v.reference());
        Locale locale = complaint.details().language().locale();
        String applied = measures.isEmpty() ? message("notice.measure.none", locale)
                : String.join("; ", measures.stream().map(key -> message(key, locale)).toList());
        send(complaint, "protectiveMeasures", List.of(
                detail("detail.measures", applied),
                detail("detail.note", v.protectiveMeasuresNote())), List.of(), true);
    }

    /** R-INV-3: what evidence we need from the customer. */
    public void evidenceRequest(CaseData v) {
        send(complaint(v.reference()), "evidenceRequest", List.of(detail("detail.request", v.evidenceRequest())),
                List.of(), false);
    }

    /** R-INV-3: the reminder while we still wait for the evidence. */
    public void evidenceReminder(CaseData v) {
        send(complaint(v.reference()), "evidenceReminder", List.of(detail("detail.request", v.evidenceRequest())),
                List.of(), false);
    }

    /**
     * R-RES-1: the offered solution, to accept or reject through a signed link; an offer of several options
     * lists each (remedy, amount, details) in the customer's language, to choose one on the answer page.
     */
    public void solutionOffer(CaseData v) {
        Complaint complaint = complaint(v.reference());
        send(complaint, "offer", v.optionType(2) == null ? remedy(v) : options(v, complaint.details().language().locale()),
                List.of(new Action("action.respond", links.url(v.reference(), Purpose.OFFER, v.customerRejections()))), false);
    }

    private List<Detail> options(CaseData v, Locale locale) {
        List<Detail> options = new ArrayList<>();
        for (int n = 1; n <= Variables.OPTION_TYPES.size() && v.optionType(n) != null; n++) {
            String type = v.optionType(n);
            BigDecimal amount = CaseData.decimal(v.optionAmountSent(n));
            StringBuilder line = new StringBuilder(messages.getMessage("remedy." + type, null, type, locale));
            if (amount != null) {
                line.append(", ").append(messages.getMessage("respond.amount",
                        new Object[] {amount.setScale(2, RoundingMode.HALF_UP).toPlainString()}, locale));
            }
            if (v.optionDetails(n) != null && !v.optionDetails(n).isBlank()) {
                line.append(" – ").append(v.optionDetails(n));
            }
            options.add(detail("detail.option." + n, line));
        }
        options.add(new Detail("detail.choice", "notice.offer.choose", true));
        return options;
    }

    /** R-EXEC-1: the supplementary agreement of an installment change, with its new schedule, to confirm electronically. */
    public void supplementaryAgreement(CaseData v, String schedule) {
        List<Detail> details = new ArrayList<>(remedy(v));
        details.add(detail("detail.schedule", schedule));
        send(complaint(v.reference()), "agreement", details,
                List.of(new Action("action.confirmAgreement", links.url(v.reference(), Purpose.AGREEMENT))), false);
    }

    /** Issue 17.4: the corrected remedy after a failed dual review, once per approved correction. */
    public void correctedResult(CaseData v, long correctionId) {
        mailer.send(complaint(v.reference()), "NOTICE_correction:" + correctionId, "notice", Map.of(
                "kind", "correction",
                "details", remedy(v).stream().filter(d -> d.value() != null && !d.value().isBlank()).toList(),
                "actions", List.of()));
    }

    /** R-FB-1: conclusion, remedy and what happens next, by e-mail and by SMS / app push. */
    public void resultNotice(CaseData v) {
        List<Detail> details = new ArrayList<>();
        details.add(detail("detail.conclusion", firstNonNull(v.finalSolution(), v.findingSummary(), v.consultationAnswer())));
        details.addAll(remedy(v));
        send(complaint(v.reference()), "result", details, List.of(), true);
    }

    /** R-FB-2: the satisfaction survey (1-5) through a signed link. */
    public void survey(String reference) {
        send(complaint(reference), "survey", List.of(),
                List.of(new Action("action.rate", links.url(reference, Purpose.SURVEY))), false);
    }

    /** R-RES-4: the expert panel's final solution, with the customer's right to go to the regulator or to court. */
    public void finalSolution(CaseData v) {
        List<Detail> details = new ArrayList<>();
        details.add(detail("detail.finalSolution", v.finalSolution()));
        details.addAll(remedy(v));
        send(complaint(v.reference()), "finalSolution", details, List.of(), false);
    }

    /** The regulatory deadline was extended once: the reason and the new date. */
    public void extension(CaseData v) {
        Complaint complaint = complaint(v.reference());
        Instant due = v.regulatoryDue();
        send(complaint, "extension", List.of(
                detail("detail.reason", v.extensionReason()),
                detail("detail.newDue", due == null ? null : mailer.format(due))),
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

    private static List<Detail> remedy(CaseData v) {
        String type = v.remedyType();
        BigDecimal amount = v.remedyAmount();
        return List.of(
                new Detail("detail.remedy", type == null ? null : "remedy." + type, true),
                detail("detail.amount", amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " CNY"),
                detail("detail.remedyDetails", v.remedyDetails()));
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
