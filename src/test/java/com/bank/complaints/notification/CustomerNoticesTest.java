package com.bank.complaints.notification;

import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.chineseFeeComplaint;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.notification.GatewayStub.GatewayMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the customer is told along the way (CustomerNotices): real SMTP into the app's GreenMail, real HTTP
 * to the app's SMS / app-push gateway stub. Every test has its own e-mail address and phone number.
 */
@DeskTest
class CustomerNoticesTest {

    private static final AtomicLong NEXT_CUSTOMER = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final Pattern RESPOND_LINK = Pattern.compile("/customer/respond\\?token=([A-Za-z0-9_.-]+)");

    private static final String FINDING_SUMMARY = "The second installment fee was charged by a system fault.";
    private static final String EVIDENCE_REQUEST = "The SMS debit notices you received.";
    private static final String FINAL_SOLUTION = "The bank waives the disputed fees as a final solution.";

    @Autowired
    CaseDriver cases;
    @Autowired
    Desk desk;
    @Autowired
    GreenMail greenMail;
    @Autowired
    GatewayStub gateway;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    // --- R-TRIAGE-4: protective measures ---------------------------------------------------------------------

    @Test
    @DisplayName("R-TRIAGE-4 the customer is e-mailed which protective measures were applied")
    void protectiveMeasuresMailNamesTheMeasures() throws Exception {
        Customer customer = newCustomer();
        String ref = urgentComplaintWithMeasuresApplied(customer);

        MimeMessage mail = onlyMail(customer, "NOTICE_protectiveMeasures");
        assertThat(mail.getSubject()).isEqualTo("Your complaint " + ref + ": we have protected your account");
        for (String body : bodies(mail)) {
            assertThat(body).contains(ref, "Protective measures",
                    "payments on the disputed transaction are stopped",
                    "your card is frozen to protect your account",
                    "Card frozen, payments stopped.");
        }
    }

    @Test
    @DisplayName("R-TRIAGE-4 the protective measures are also told by SMS / app push with the reference")
    void protectiveMeasuresGoBySms() {
        Customer customer = newCustomer();
        String ref = urgentComplaintWithMeasuresApplied(customer);

        List<GatewayMessage> sms = smsTo(customer, "protectiveMeasures");
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).text()).contains(ref, "protective measures");
        assertThat(sms.get(0).idempotencyKey()).isEqualTo("NOTICE_protectiveMeasures:SMS_PUSH:" + ref);
    }

    @Test
    @DisplayName("R-TRIAGE-4 the protective-measures step run again sends neither the e-mail nor the SMS a second time")
    void protectiveMeasuresAreToldOnceWhenTheStepRunsAgain() {
        Customer customer = newCustomer();
        String ref = urgentComplaintWithMeasuresApplied(customer);

        // the step runs again for the same complaint, as a job retried after its commit failed would
        runtimeService.createProcessInstanceModification(cases.process(ref).getId())
                .startBeforeActivity(NOTIFY_PROTECTIVE_MEASURES)
                .execute();
        cases.runJobs(ref);

        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(cases.process(ref).getId())
                .activityId(NOTIFY_PROTECTIVE_MEASURES).finished().count()).isEqualTo(2);
        assertThat(mails(customer, "NOTICE_protectiveMeasures")).hasSize(1);
        assertThat(smsTo(customer, "protectiveMeasures")).hasSize(1);
    }

    @Test
    @DisplayName("R-TRIAGE-4 a customer without an e-mail address still gets the SMS; the e-mail is recorded as skipped and the case goes on")
    void customerWithoutEmailGetsTheSmsAndTheCaseGoesOn() {
        Customer customer = newCustomer();
        String ref = cases.submit(with(customer.fields(cardFraudComplaint()), "customerEmail", null));
        applyProtectiveMeasures(ref);

        assertThat(smsTo(customer, "protectiveMeasures")).singleElement().satisfies(sms -> assertThat(sms.text()).contains(ref));
        assertThat(jdbc.queryForObject("SELECT status FROM notification WHERE reference = ? AND kind = ? AND medium = ?",
                String.class, ref, "NOTICE_protectiveMeasures", "EMAIL")).isEqualTo("SKIPPED");
        String processId = cases.process(ref).getId();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processId)
                .activityId(NOTIFY_PROTECTIVE_MEASURES).finished().count()).isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(processId).messages().count())
                .as("no asynchronous step left waiting or failing").isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(processId).count()).isZero();
        cases.complete(ref, FIND_ROOT_CAUSE, "handler", Map.of(Variables.ROOT_CAUSE, "Card skimmed at a mall terminal."));
        assertThat(cases.openTasks(ref)).containsExactly(PROPOSE_PRELIMINARY_SOLUTION);
    }

    // --- R-INV-3: evidence request and reminder --------------------------------------------------------------

    @Test
    @DisplayName("R-INV-3 the evidence request e-mail tells the customer what the handler needs")
    void evidenceRequestMailContainsTheHandlersRequest() throws Exception {
        Customer customer = newCustomer();
        String ref = cases.submit(customer.fields(feeComplaint()));
        requestEvidence(ref);

        MimeMessage mail = onlyMail(customer, "NOTICE_evidenceRequest");
        assertThat(mail.getSubject()).isEqualTo("Your complaint " + ref + ": we need some evidence from you");
        for (String body : bodies(mail)) {
            assertThat(body).contains(ref, "What we need from you", EVIDENCE_REQUEST);
        }
    }

    @Test
    @DisplayName("R-INV-3 the evidence reminder is a second, different e-mail repeating what we need")
    void evidenceReminderIsASecondDifferentMail() throws Exception {
        Customer customer = newCustomer();
        String ref = cases.submit(customer.fields(feeComplaint()));
        requestEvidence(ref);

        cases.fireTimer(ref, EVIDENCE_REMINDER);

        MimeMessage request = onlyMail(customer, "NOTICE_evidenceRequest");
        MimeMessage reminder = onlyMail(customer, "NOTICE_evidenceReminder");
        assertThat(reminder.getSubject()).isEqualTo("Reminder: evidence for your complaint " + ref)
                .isNotEqualTo(request.getSubject());
        assertThat(part(reminder, "text/plain")).isNotEqualTo(part(request, "text/plain"))
                .contains("We are still waiting for the following", EVIDENCE_REQUEST);
        assertThat(Mails.to(greenMail, customer.email())).hasSize(4); // receipt, first answer, request, reminder
    }

    // --- R-RES-1: the solution offer -------------------------------------------------------------------------

    @Test
    @DisplayName("R-RES-1 the offer e-mail names the remedy and the amount and carries a link to answer")
    void offerMailNamesRemedyAmountAndAnswerLink() throws Exception {
        Customer customer = newCustomer();
        String ref = offered(customer.fields(feeComplaint()), "REFUND", 800);

        MimeMessage mail = onlyMail(customer, "NOTICE_offer");
        assertThat(mail.getSubject()).isEqualTo("Your complaint " + ref + ": our proposed solution");
        for (String body : bodies(mail)) {
            assertThat(body).contains(ref, "Remedy", "Refund", "Amount", "800.00 CNY", "/customer/respond?token=",
                    "Accept or reject this solution");
        }
    }

    @Test
    @DisplayName("R-RES-1 a Chinese customer's offer e-mail names the remedy in Chinese")
    void chineseOfferMailNamesTheRemedyInChinese() throws Exception {
        Customer customer = newCustomer();
        String ref = offered(customer.fields(chineseFeeComplaint()), "REFUND", 800);

        MimeMessage mail = onlyMail(customer, "NOTICE_offer");
        assertThat(mail.getSubject()).isEqualTo("投诉 " + ref + "：我们提出的解决方案");
        for (String body : bodies(mail)) {
            assertThat(body).contains(ref, "解决方案", "退款", "800.00 CNY", "接受或拒绝该方案", "/customer/respond?token=")
                    .doesNotContain("Refund");
        }
    }

    @Test
    @DisplayName("R-RES-1 the offer e-mail's link opens the answer page for this complaint's offer")
    void offerLinkOpensTheAnswerPage() throws Exception {
        Customer customer = newCustomer();
        String ref = offered(customer.fields(feeComplaint()), "REFUND", 800);

        ResponseEntity<String> page = open(linkToken(onlyMail(customer, "NOTICE_offer")));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(ref, "Please tell us whether you accept it", "800.00 CNY");
    }

    // --- R-FB-1: the result notice, SMS and survey -----------------------------------------------------------

    @Test
    @DisplayName("R-FB-1 the result e-mail gives the conclusion, the remedy and what happens next")
    void resultMailHasConclusionRemedyAndNextSteps() throws Exception {
        Customer customer = newCustomer();
        String ref = resolved(customer.fields(feeComplaint()), FINDING_SUMMARY);

        MimeMessage mail = onlyMail(customer, "NOTICE_result");
        assertThat(mail.getSubject()).isEqualTo("Your complaint " + ref + ": the result");
        for (String body : bodies(mail)) {
            assertThat(body).contains(ref, "Our conclusion", FINDING_SUMMARY, "Refund", "800.00 CNY",
                    "Next: we will ask how satisfied you are and call you back");
        }
    }

    @Test
    @DisplayName("R-FB-1 a Chinese customer gets the result e-mail in Chinese")
    void chineseResultMail() throws Exception {
        Customer customer = newCustomer();
        String ref = resolved(customer.fields(chineseFeeComplaint()), "系统故障导致第二笔分期手续费被重复扣收。");

        MimeMessage mail = onlyMail(customer, "NOTICE_result");
        assertThat(mail.getSubject()).isEqualTo("投诉 " + ref + "：处理结果");
        for (String body : bodies(mail)) {
            assertThat(body).contains(ref, "韩梅梅，您好", "处理结论", "系统故障导致第二笔分期手续费被重复扣收。",
                    "解决方案", "退款", "800.00 CNY", "接下来我们将邀请您评价满意度")
                    .doesNotContain("Our conclusion", "Refund");
        }
    }

    @Test
    @DisplayName("R-FB-1 the result also goes by SMS / app push with the reference")
    void resultGoesBySms() {
        Customer customer = newCustomer();
        String ref = resolved(customer.fields(feeComplaint()), FINDING_SUMMARY);

        assertThat(smsTo(customer, "result")).singleElement().satisfies(sms -> {
            assertThat(sms.text()).contains(ref, "resolved");
            assertThat(sms.idempotencyKey()).isEqualTo("NOTICE_result:SMS_PUSH:" + ref);
        });
    }

    @Test
    @DisplayName("R-FB-1/2 the satisfaction survey e-mail carries a link to the rating page")
    void surveyMailHasARatingLink() throws Exception {
        Customer customer = newCustomer();
        String ref = resolved(customer.fields(feeComplaint()), FINDING_SUMMARY);

        MimeMessage mail = onlyMail(customer, "NOTICE_survey");
        assertThat(mail.getSubject()).isEqualTo("Your complaint " + ref + ": how did we do?");
        assertThat(part(mail, "text/plain")).contains("Rate how we handled your complaint (1 to 5)");
        ResponseEntity<String> page = open(linkToken(mail));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(ref, "How satisfied are you");
    }

    // --- R-RES-4: the expert panel's final solution ----------------------------------------------------------

    @Test
    @DisplayName("R-RES-4 the final-solution e-mail gives the solution and the right to go to the regulator or to court")
    void finalSolutionMailNamesRegulatorAndCourt() throws Exception {
        Customer customer = newCustomer();
        String ref = afterExpertPanel(customer.fields(feeComplaint()));

        MimeMessage mail = onlyMail(customer, "NOTICE_finalSolution");
        assertThat(mail.getSubject()).isEqualTo("Your complaint " + ref + ": our final solution");
        for (String body : bodies(mail)) {
            assertThat(body).contains(ref, "Final solution", FINAL_SOLUTION, "Fee waiver or discount", "300.00 CNY",
                    "regulator", "court");
        }
    }

    @Test
    @DisplayName("R-RES-4 a Chinese customer's final-solution e-mail names the regulator and the court in Chinese")
    void chineseFinalSolutionMailNamesRegulatorAndCourt() throws Exception {
        Customer customer = newCustomer();
        String ref = afterExpertPanel(customer.fields(chineseFeeComplaint()));

        MimeMessage mail = onlyMail(customer, "NOTICE_finalSolution");
        assertThat(mail.getSubject()).isEqualTo("投诉 " + ref + "：最终解决方案");
        for (String body : bodies(mail)) {
            assertThat(body).contains(ref, "最终解决方案", FINAL_SOLUTION, "费用减免或折扣", "监管", "法院");
        }
    }

    // --- steps (as in ComplaintLifecycleTest) ----------------------------------------------------------------

    private String urgentComplaintWithMeasuresApplied(Customer customer) {
        String ref = cases.submit(customer.fields(cardFraudComplaint()));
        applyProtectiveMeasures(ref);
        return ref;
    }

    private void applyProtectiveMeasures(String ref) {
        assertThat(cases.variable(ref, Variables.SEVERITY)).isEqualTo("URGENT");
        cases.complete(ref, APPLY_PROTECTIVE_MEASURES, "ops", Map.of(Variables.STOP_PAYMENT, true,
                Variables.FREEZE_CARD, true, Variables.PROTECTIVE_MEASURES_NOTE, "Card frozen, payments stopped."));
    }

    private void requestEvidence(String ref) {
        cases.complete(ref, INVESTIGATE_COMPLAINT, "handler", Map.of(Variables.INVESTIGATION_NOTES, "Ledger checked.",
                Variables.EVIDENCE_NEEDED, true, Variables.EVIDENCE_REQUEST, EVIDENCE_REQUEST));
        assertThat(cases.openTasks(ref)).containsExactly(AWAIT_EVIDENCE);
    }

    /** Investigated, proposed and approved: the offer has gone out and the customer's answer is awaited. */
    private String offered(Map<String, Object> complaint, String remedy, Number amount) {
        String ref = cases.submit(complaint);
        cases.investigate(ref, "handler", "FACT_CLEAR", FINDING_SUMMARY);
        Map<String, Object> proposal = new HashMap<>();
        proposal.put(Variables.REMEDY_TYPE, remedy);
        proposal.put(Variables.REMEDY_AMOUNT, amount);
        proposal.put(Variables.REMEDY_DETAILS, "As agreed with the customer by phone.");
        cases.complete(ref, PROPOSE_REMEDY, "handler", proposal);
        if (cases.task(ref, APPROVE_PROPOSAL) != null) {
            cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        return ref;
    }

    /** A refund of 800 CNY accepted, posted and reviewed: the result notice and the survey have gone out. */
    private String resolved(Map<String, Object> complaint, String findingSummary) {
        String ref = cases.submit(complaint);
        cases.investigate(ref, "handler", "FACT_CLEAR", findingSummary);
        Map<String, Object> proposal = new HashMap<>();
        proposal.put(Variables.REMEDY_TYPE, "REFUND");
        proposal.put(Variables.REMEDY_AMOUNT, 800);
        proposal.put(Variables.REMEDY_DETAILS, "The duplicated fee is refunded.");
        cases.complete(ref, PROPOSE_REMEDY, "handler", proposal);
        if (cases.task(ref, APPROVE_PROPOSAL) != null) {
            cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        cases.complete(ref, DUAL_REVIEW, "ops", Map.of(Variables.REVIEW_PASSED, true,
                Variables.REVIEW_NOTES, "Amount and notice checked."));
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(cases.process(ref).getId())
                .activityId(SEND_SURVEY).finished().count()).isEqualTo(1);
        return ref;
    }

    /** A liability dispute decided by the expert panel: a fee waiver of 300 CNY as the final solution. */
    private String afterExpertPanel(Map<String, Object> complaint) {
        String ref = cases.submit(complaint);
        cases.investigate(ref, "handler", "LIABILITY_DISPUTE", FINDING_SUMMARY);
        cases.expertPanelDecides(ref, "FEE_WAIVER", 300, FINAL_SOLUTION);
        return ref;
    }

    // --- the customer's side: mailbox, phone, links ----------------------------------------------------------

    /** A customer of their own: an e-mail address and a phone number no other test uses. */
    private record Customer(String email, String phone) {

        Map<String, Object> fields(Map<String, Object> complaint) {
            return with(with(complaint, "customerEmail", email), "customerPhone", phone);
        }
    }

    private static Customer newCustomer() {
        long n = NEXT_CUSTOMER.incrementAndGet();
        return new Customer("notices-" + n + "@example.com", "+86 137 " + String.format("%08d", n % 100_000_000));
    }

    /** The SMS / app messages of one kind the customer received (each complaint also gets the first answer by SMS). */
    private List<GatewayMessage> smsTo(Customer customer, String kind) {
        return gateway.received().stream().filter(message -> message.to().equals(customer.phone()))
                .filter(message -> message.idempotencyKey().startsWith("NOTICE_" + kind + ":")).toList();
    }

    private MimeMessage onlyMail(Customer customer, String kind) {
        List<MimeMessage> mails = mails(customer, kind);
        assertThat(mails).as(kind + " e-mails to " + customer.email()).hasSize(1);
        return mails.get(0);
    }

    /** The e-mails of one notification kind (the X-Notification-Key header is kind:medium:reference). */
    private List<MimeMessage> mails(Customer customer, String kind) {
        return Mails.to(greenMail, customer.email()).stream()
                .filter(mail -> header(mail, "X-Notification-Key").startsWith(kind + ":"))
                .toList();
    }

    private ResponseEntity<String> open(String token) {
        return desk.anonymous().getForEntity("/customer/respond?token=" + token, String.class);
    }

    private static String linkToken(MimeMessage mail) throws Exception {
        Matcher link = RESPOND_LINK.matcher(part(mail, "text/plain"));
        assertThat(link.find()).as("a /customer/respond link").isTrue();
        return link.group(1);
    }

    private static List<String> bodies(MimeMessage mail) throws Exception {
        return List.of(part(mail, "text/plain"), part(mail, "text/html"));
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        String body = MailParts.find(mail, type);
        assertThat(body).as(type + " part").isNotNull();
        return body;
    }

    private static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null ? "" : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
