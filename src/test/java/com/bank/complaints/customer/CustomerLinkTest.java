package com.bank.complaints.customer;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.DUAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.customer.SignedLinks.Purpose;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Messages;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The signed links customers get by e-mail (/customer/respond): anonymous, the token is the key. Real
 * engine, real HTTP; the offer link is once taken from the e-mail itself, otherwise from {@link SignedLinks}.
 */
@DeskTest
class CustomerLinkTest {

    private static final AtomicInteger NEXT_MAILBOX = new AtomicInteger();
    private static final Pattern LINK_IN_MAIL = Pattern.compile("https?://\\S+?(/customer/respond\\?token=[A-Za-z0-9_.-]+)");
    private static final String ALREADY_ANSWERED = "This answer was already given or is no longer expected";
    private static final String RECEIVED = "Thank you, we have received your answer.";

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    SignedLinks links;
    @Autowired
    GreenMail greenMail;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${complaints.customer.link-validity:P30D}")
    Duration linkValidity;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- the offer (R-RES-1) ----

    @Test
    @DisplayName("R-RES-1 the link in the offer e-mail opens, without login, a page to accept or reject the solution")
    void offerMailLinkOpensTheAnswerPage() throws Exception {
        String email = uniqueEmail("offer-mail");
        String ref = atCustomerDecision(email);

        String path = linkInOfferMail(email, ref);
        ResponseEntity<String> page = desk.anonymous().getForEntity(path, String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains(ref, "action=\"/customer/respond\"",
                "name=\"answer\" value=\"accept\"", "name=\"answer\" value=\"reject\"",
                "name=\"token\" value=\"" + tokenOf(path) + "\"");
    }

    @Test
    @DisplayName("R-RES-1 accepting through the link in the offer e-mail records the acceptance and moves the complaint on to execution")
    void acceptByMailLinkMovesTheComplaintOn() throws Exception {
        String email = uniqueEmail("offer-accept");
        String ref = atCustomerDecision(email);
        String token = tokenOf(linkInOfferMail(email, ref));

        ResponseEntity<String> answer = answer(token, "accept");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains(ref, RECEIVED).doesNotContain(ALREADY_ANSWERED);
        assertThat(cases.variable(ref, Variables.CUSTOMER_ACCEPTED)).isEqualTo(true);
        assertThat(cases.variable(ref, Variables.CUSTOMER_REJECTIONS)).isEqualTo(0L);
        assertThat(cases.openTasks(ref)).doesNotContain(RECORD_CUSTOMER_DECISION);
        cases.runJobs(ref);
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    @Test
    @DisplayName("R-RES-1 answering the offer a second time shows 'already given or no longer expected', not an error, and changes nothing")
    void secondAnswerIsNoLongerExpected() {
        String ref = atCustomerDecision(uniqueEmail("offer-twice"));
        String token = token(ref, Purpose.OFFER);
        assertThat(answer(token, "accept").getBody()).contains(RECEIVED);
        cases.runJobs(ref);

        ResponseEntity<String> again = answer(token, "reject");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).contains(ref, ALREADY_ANSWERED).doesNotContain(RECEIVED);
        assertThat(cases.variable(ref, Variables.CUSTOMER_ACCEPTED)).isEqualTo(true);
        assertThat(cases.variable(ref, Variables.CUSTOMER_REJECTIONS)).isEqualTo(0L);
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    @Test
    @DisplayName("R-RES-1/4 rejecting the offer by link counts a rejection and sends the complaint back to a new proposal")
    void rejectByLinkGoesBackToProposal() {
        String ref = atCustomerDecision(uniqueEmail("offer-reject"));

        ResponseEntity<String> answer = answer(token(ref, Purpose.OFFER), "reject");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains(RECEIVED);
        assertThat(cases.variable(ref, Variables.CUSTOMER_ACCEPTED)).isEqualTo(false);
        assertThat(cases.variable(ref, Variables.CUSTOMER_REJECTIONS)).isEqualTo(1L);
        assertThat(cases.variable(ref, Variables.ESCALATION_NEEDED)).isEqualTo(false);
        assertThat(cases.openTasks(ref)).containsExactly(PROPOSE_REMEDY);
    }

    @ParameterizedTest(name = "answer \"{0}\"")
    @ValueSource(strings = {"maybe", "ACCEPT", "confirm", ""})
    @DisplayName("R-RES-1/4 an offer answer other than accept or reject is refused (400), never counted as a rejection")
    void unknownOfferAnswerIsRefused(String answer) {
        String ref = atCustomerDecision(uniqueEmail("offer-unknown-answer"));

        ResponseEntity<String> response = answer(token(ref, Purpose.OFFER), answer);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cases.variable(ref, Variables.CUSTOMER_REJECTIONS)).isEqualTo(0L);
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
    }

    // ---- forged, misused and expired links ----

    @Test
    @DisplayName("R-REC-2 a link whose signature was changed is refused (404) and decides nothing")
    void tamperedSignatureIsRefused() {
        String ref = atCustomerDecision(uniqueEmail("tampered-signature"));
        String token = token(ref, Purpose.OFFER);
        String[] parts = token.split("\\.");
        // a character in the middle: the last one of an unpadded Base64 text may carry only ignored bits
        String forged = parts[0] + "." + flip(parts[1], parts[1].length() / 2);

        assertThat(page(forged).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer(forged, "accept").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(cases.variable(ref, Variables.CUSTOMER_ACCEPTED)).isNull();
    }

    @Test
    @DisplayName("R-REC-2 a link whose content was changed by one character is refused (404) and decides nothing")
    void tamperedPayloadCharacterIsRefused() {
        String ref = atCustomerDecision(uniqueEmail("tampered-payload"));
        String token = token(ref, Purpose.OFFER);
        String[] parts = token.split("\\.");
        String forged = flip(parts[0], 3) + "." + parts[1];

        assertThat(page(forged).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer(forged, "accept").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
    }

    @Test
    @DisplayName("R-REC-2 a complaint's signed link rewritten for another complaint is refused (404); neither complaint is decided")
    void linkRewrittenForAnotherComplaintIsRefused() {
        String mine = atCustomerDecision(uniqueEmail("rewritten-mine"));
        String other = atCustomerDecision(uniqueEmail("rewritten-other"));
        String forged = withPayload(token(mine, Purpose.OFFER), payload -> payload.replace(mine, other));

        assertThat(page(forged).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer(forged, "reject").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(cases.openTasks(mine)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(cases.openTasks(other)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(cases.variable(other, Variables.CUSTOMER_REJECTIONS)).isEqualTo(0L);
    }

    @Test
    @DisplayName("R-REC-2 a signed link rewritten for another purpose is refused (404)")
    void linkRewrittenForAnotherPurposeIsRefused() {
        String ref = atSurvey(uniqueEmail("rewritten-purpose"));
        String forged = withPayload(token(ref, Purpose.OFFER), payload -> payload.replace("|OFFER|", "|SURVEY|"));

        assertThat(page(forged).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer(forged, "1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(cases.variable(ref, Variables.SATISFACTION_SCORE)).isNull();
        assertThat(waitsFor(ref, Messages.SURVEY_ANSWERED)).isTrue();
    }

    @Test
    @DisplayName("R-REC-2 another complaint's signature glued to this complaint's link is refused (404)")
    void anotherComplaintsSignatureIsRefused() {
        String mine = atCustomerDecision(uniqueEmail("glued-mine"));
        String other = atCustomerDecision(uniqueEmail("glued-other"));
        String forged = token(mine, Purpose.OFFER).split("\\.")[0] + "." + token(other, Purpose.OFFER).split("\\.")[1];

        assertThat(answer(forged, "accept").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(cases.openTasks(mine)).containsExactly(RECORD_CUSTOMER_DECISION);
    }

    @Test
    @DisplayName("R-RES-1 a genuine link for another purpose (the agreement) cannot answer the offer")
    void linkForAnotherPurposeDoesNotDecideTheOffer() {
        String ref = atCustomerDecision(uniqueEmail("wrong-purpose"));

        ResponseEntity<String> answer = answer(token(ref, Purpose.AGREEMENT), "accept");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains(ALREADY_ANSWERED);
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(cases.variable(ref, Variables.CUSTOMER_ACCEPTED)).isNull();
    }

    @Test
    @DisplayName("a link without a token or with a malformed token is refused (404)")
    void missingOrMalformedTokenIsRefused() {
        assertThat(desk.anonymous().getForEntity("/customer/respond", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page("not-a-token").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page("%%%.***").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("R-RES-1 a link used after its validity (complaints.customer.link-validity) is refused (404) and decides nothing")
    void expiredLinkIsRefused() {
        String ref = atCustomerDecision(uniqueEmail("expired"));
        String token = token(ref, Purpose.OFFER);

        try {
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(linkValidity).plus(Duration.ofHours(1))));
            assertThat(page(token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer(token, "accept").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        } finally {
            ClockUtil.reset();
        }
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(cases.variable(ref, Variables.CUSTOMER_ACCEPTED)).isNull();
    }

    @Test
    @DisplayName("R-RES-1 a link still works shortly before its validity ends")
    void linkWorksUntilItsValidityEnds() {
        String ref = atCustomerDecision(uniqueEmail("not-yet-expired"));
        String token = token(ref, Purpose.OFFER);

        try {
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(linkValidity).minus(Duration.ofHours(1))));
            assertThat(page(token).getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            ClockUtil.reset();
        }
    }

    // ---- the survey (R-FB-2) ----

    @Test
    @DisplayName("R-FB-2 the survey link opens a page with the scores 1 to 5")
    void surveyPageOffersScores() {
        String ref = atSurvey(uniqueEmail("survey-page"));

        ResponseEntity<String> page = page(token(ref, Purpose.SURVEY));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (int score = 1; score <= 5; score++) {
            assertThat(page.getBody()).contains("name=\"answer\" value=\"" + score + "\"");
        }
        assertThat(page.getBody()).doesNotContain("value=\"accept\"");
    }

    @Test
    @DisplayName("R-FB-2 a score sent through the survey link is stored as the satisfaction score")
    void surveyScoreIsStored() {
        String ref = atSurvey(uniqueEmail("survey-5"));

        ResponseEntity<String> answer = answer(token(ref, Purpose.SURVEY), "5");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains(RECEIVED);
        assertThat(cases.variable(ref, Variables.SATISFACTION_SCORE)).isEqualTo(5L);
        assertThat(waitsFor(ref, Messages.SURVEY_ANSWERED)).isFalse();
    }

    @ParameterizedTest(name = "score \"{0}\"")
    @ValueSource(strings = {"0", "6", "abc", "-1", "4.5", ""})
    @DisplayName("R-FB-2 a score outside 1-5 is refused (400) and the survey still waits for an answer")
    void invalidScoreIsRefused(String score) {
        String ref = atSurvey(uniqueEmail("survey-invalid"));

        ResponseEntity<String> answer = answer(token(ref, Purpose.SURVEY), score);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cases.variable(ref, Variables.SATISFACTION_SCORE)).isNull();
        assertThat(waitsFor(ref, Messages.SURVEY_ANSWERED)).isTrue();
    }

    // ---- the supplementary agreement (R-EXEC-1) ----

    @Test
    @DisplayName("R-EXEC-1 confirming the supplementary agreement by link records the confirmation, and the change is applied")
    void agreementConfirmedByLinkIsApplied() {
        String ref = atAgreement(uniqueEmail("agreement"));
        assertThat(installmentChange(ref)).containsEntry("CONFIRMED_AT", null).containsEntry("APPLIED_AT", null);

        ResponseEntity<String> answer = answer(token(ref, Purpose.AGREEMENT), "confirm");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains(RECEIVED);
        assertThat(installmentChange(ref).get("CONFIRMED_AT")).isNotNull();
        assertThat(cases.variable(ref, Variables.AGREEMENT_CONFIRMED)).isEqualTo(true);
        cases.runJobs(ref);
        assertThat(installmentChange(ref).get("APPLIED_AT")).isNotNull();
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    // ---- bringing a complaint to the step under test (as in ComplaintLifecycleTest) ----

    /** A small fee waiver (front line, R-RES-3): the offer goes out and the complaint waits for the customer. */
    private String atCustomerDecision(String email) {
        String ref = cases.submit(with(feeComplaint(), "customerEmail", email));
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "FEE_WAIVER", 128.5);
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        return ref;
    }

    /** An explanation accepted and reviewed: the result and the survey are out and the complaint waits for the score. */
    private String atSurvey(String email) {
        String ref = atExecution(email, "EXPLANATION_ONLY", null);
        cases.complete(ref, DUAL_REVIEW, "ops", Map.of(Variables.REVIEW_PASSED, true,
                Variables.REVIEW_NOTES, "Notice checked."));
        assertThat(waitsFor(ref, Messages.SURVEY_ANSWERED)).isTrue();
        return ref;
    }

    /** An accepted installment change: the agreement is sent and the complaint waits for the customer's confirmation. */
    private String atAgreement(String email) {
        String ref = atExecution(email, "INSTALLMENT_CHANGE", null);
        assertThat(waitsFor(ref, Messages.AGREEMENT_CONFIRMED)).isTrue();
        return ref;
    }

    private String atExecution(String email, String remedy, Number amount) {
        String ref = cases.submit(with(feeComplaint(), "customerEmail", email));
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", remedy, amount);
        if (cases.task(ref, APPROVE_PROPOSAL) != null) {
            cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        return ref;
    }

    // ---- the customer's side: links, pages, answers ----

    private String token(String reference, Purpose purpose) {
        return tokenOf(links.url(reference, purpose));
    }

    private static String tokenOf(String url) {
        return UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst("token");
    }

    private ResponseEntity<String> page(String token) {
        return desk.anonymous().getForEntity("/customer/respond?token={token}", String.class, token);
    }

    private ResponseEntity<String> answer(String token, String answer) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        form.add("answer", answer);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return desk.anonymous().postForEntity("/customer/respond", new HttpEntity<>(form, headers), String.class);
    }

    /** The path and query of the answer link in the offer e-mail sent to {@code email} about {@code ref}. */
    private String linkInOfferMail(String email, String ref) throws Exception {
        List<MimeMessage> offers = Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> Mails.recipients(mail).contains(email))
                .filter(mail -> Mails.subject(mail).contains("proposed solution"))
                .toList();
        assertThat(offers).as("offer e-mails to " + email).hasSize(1);
        String text = textPart(offers.get(0));
        assertThat(text).as("text body of the offer e-mail").isNotNull().contains(ref);
        Matcher link = LINK_IN_MAIL.matcher(text);
        assertThat(link.find()).as("a /customer/respond link in:\n" + text).isTrue();
        return link.group(1);
    }

    private static String textPart(Part part) throws Exception {
        Object content = part.getContent();
        if (part.isMimeType("text/plain") && content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = textPart(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String uniqueEmail(String test) {
        return "link-" + test + "-" + NEXT_MAILBOX.incrementAndGet() + "@example.com";
    }

    /** The token with its signed content rewritten, keeping the original signature. */
    private static String withPayload(String token, java.util.function.UnaryOperator<String> rewrite) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String rewritten = rewrite.apply(payload);
        assertThat(rewritten).as("rewritten payload").isNotEqualTo(payload);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(rewritten.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];
    }

    /** Changes the Base64 character at {@code index} into another one. */
    private static String flip(String base64, int index) {
        char original = base64.charAt(index);
        char replacement = original == 'A' ? 'B' : 'A';
        return base64.substring(0, index) + replacement + base64.substring(index + 1);
    }

    private boolean waitsFor(String ref, String message) {
        return runtimeService.createEventSubscriptionQuery().processInstanceId(cases.process(ref).getId())
                .eventType("message").eventName(message).count() > 0;
    }

    private Map<String, Object> installmentChange(String ref) {
        return jdbc.queryForMap("SELECT confirmed_at, applied_at FROM installment_change WHERE reference = ?", ref);
    }
}
