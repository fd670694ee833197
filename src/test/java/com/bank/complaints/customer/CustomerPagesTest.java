package com.bank.complaints.customer;

import static com.bank.complaints.TestComplaints.PHONE_LAST4;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.customer.SignedLinks.Purpose;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.FormService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Issue 16, the customers' pages: the answer page restates the offer (the remedy in words, the amount, the
 * details) in the customer's language and takes a reason for a refusal, stored with the decision and shown to
 * the handler; the status look-up names the stage and the promises in the customer's language, with times as
 * yyyy-MM-dd HH:mm on the bank's clock and the zone stated.
 */
@DeskTest
class CustomerPagesTest {

    private static final String REASON = "The fee was charged twice; a waiver of one fee is not enough, I want both back.";

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    SignedLinks links;
    @Autowired
    FormService formService;
    @Value("${complaints.time-zone}")
    ZoneId bankZone;

    @Test
    @DisplayName("Issue 16: the answer page restates the offer in the customer's language: the remedy in words, the amount and the details")
    void theAnswerPageRestatesTheOffer() {
        String english = atCustomerDecision("en");
        String chinese = atCustomerDecision("zh");

        String page = page(english, null);
        assertThat(page).contains("<html lang=\"en\">", "Complaint " + english, "Fee waiver or discount", "128.50 CNY",
                "As agreed with the customer by phone.", "Accept the solution", "I do not accept it",
                "name=\"answer\" value=\"accept\"", "name=\"answer\" value=\"reject\"", "name=\"reason\"", "maxlength=\"2000\"")
                .doesNotContain("FEE_WAIVER");
        assertThat(page(chinese, null)).contains("<html lang=\"zh\">", "投诉 " + chinese, "费用减免或折扣", "128.50 元",
                "接受该方案", "我不接受").doesNotContain("FEE_WAIVER", "Accept the solution");
        assertThat(page(chinese, "en")).as("the switch at the top").contains("<html lang=\"en\">", "Fee waiver or discount");
    }

    @Test
    @DisplayName("Issue 16: a customer who rejects the offer may say why: the reason is stored with the decision and shown to the handler who proposes again")
    void aRejectionTakesAReason() {
        String reference = atCustomerDecision("en");

        ResponseEntity<String> answer = answer(reference, "reject", "  " + REASON + "  ");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("Thank you, we have received your answer.");
        assertThat(cases.variable(reference, Variables.CUSTOMER_ACCEPTED)).isEqualTo(false);
        assertThat(cases.variable(reference, Variables.CUSTOMER_DECISION_NOTE)).isEqualTo(REASON);
        assertThat(cases.openTasks(reference)).containsExactly(PROPOSE_REMEDY);
        // the handler's form (forms/propose-remedy.form) shows "Customer's reasons" from this variable
        assertThat(formService.getTaskFormVariables(cases.task(reference, PROPOSE_REMEDY).getId())
                .getValue(Variables.CUSTOMER_DECISION_NOTE, String.class)).isEqualTo(REASON);
    }

    @Test
    @DisplayName("Issue 16: a reason longer than 2000 characters is refused on the page, the text kept, and nothing is decided")
    void aTooLongReasonIsRefused() {
        String reference = atCustomerDecision("zh");

        ResponseEntity<String> answer = answer(reference, "reject", "太长".repeat(1001));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("您填写的原因共 2002 字，请精简至 2000 字以内。", "太长太长", "<details class=\"reject\" id=\"reject\" open");
        assertThat(cases.openTasks(reference)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(cases.variable(reference, Variables.CUSTOMER_REJECTIONS)).isEqualTo(0L);
    }

    @Test
    @DisplayName("Issue 16: an acceptance stores no reason, even when one was typed")
    void anAcceptanceStoresNoReason() {
        String reference = atCustomerDecision("en");

        assertThat(answer(reference, "accept", REASON).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(cases.variable(reference, Variables.CUSTOMER_ACCEPTED)).isEqualTo(true);
        assertThat(cases.variable(reference, Variables.CUSTOMER_DECISION_NOTE)).isNull();
    }

    @Test
    @DisplayName("Issue 16: an invalid link gets the desk's error page in words, not JSON and not the Whitelabel page")
    void anInvalidLinkGetsTheDesksErrorPage() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");

        ResponseEntity<String> page = desk.anonymous().exchange("/customer/respond?token=not-a-token", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("此链接无效或已过期", "400-000-0000", "src=\"/logo.svg\"")
                .doesNotContain("Whitelabel", "\"status\"");
    }

    @Test
    @DisplayName("Issue 16: the status look-up names the stage and the promises in the customer's language, times as yyyy-MM-dd HH:mm on the bank's clock with the zone")
    void theStatusSpeaksTheCustomersLanguage() {
        String english = desk.accepted(feeComplaint());
        String chinese = desk.accepted(with(feeComplaint(), "language", "zh"));

        Map<String, Object> en = status(english, null);
        assertThat(en).containsEntry("language", "en").containsEntry("stage", "INTAKE").containsEntry("stageLabel", "Received")
                .containsEntry("timeZone", bankZone.getId())
                .containsEntry("zoneNote", "All times are the bank's local time (" + bankZone.getId() + ").");
        List<Map<String, Object>> promises = deadlines(en);
        assertThat(promises).extracting(due -> due.get("label")).containsExactly("First answer", "Reply", "Complaint closed");
        DateTimeFormatter bankTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(bankZone);
        for (Map<String, Object> due : promises) {
            assertThat(due.get("dueText")).isEqualTo(bankTime.format(Instant.parse((String) due.get("due"))));
        }
        assertThat((String) en.get("lastUpdateText")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        Map<String, Object> zh = status(chinese, null);
        assertThat(zh).containsEntry("language", "zh").containsEntry("stageLabel", "已受理")
                .containsEntry("zoneNote", "以上时间均为银行当地时间（" + bankZone.getId() + "）。");
        assertThat(deadlines(zh)).extracting(due -> due.get("label")).containsExactly("首次答复", "处理答复", "投诉办结");
        assertThat(status(chinese, "en")).as("?lang=en asks for English").containsEntry("stageLabel", "Received");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** A small fee waiver offered to a customer of the given language; the complaint waits for their answer. */
    private String atCustomerDecision(String language) {
        String reference = cases.submit(with(feeComplaint(), "language", language));
        cases.investigate(reference, "FACT_CLEAR");
        cases.propose(reference, "handler", "FEE_WAIVER", 128.5);
        assertThat(cases.openTasks(reference)).containsExactly(RECORD_CUSTOMER_DECISION);
        return reference;
    }

    private String token(String reference) {
        return UriComponentsBuilder.fromUriString(links.url(reference, Purpose.OFFER)).build().getQueryParams()
                .getFirst("token");
    }

    private String page(String reference, String language) {
        String query = "/customer/respond?token={token}" + (language == null ? "" : "&lang=" + language);
        ResponseEntity<String> page = desk.anonymous().getForEntity(query, String.class, token(reference));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private ResponseEntity<String> answer(String reference, String answer, String reason) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token(reference));
        form.add("answer", answer);
        form.add("reason", reason);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return desk.anonymous().postForEntity("/customer/respond", new HttpEntity<>(form, headers), String.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> status(String reference, String language) {
        ResponseEntity<Map> status = desk.anonymous().getForEntity("/api/complaints/{reference}/status?phoneLast4={last4}"
                + (language == null ? "" : "&lang=" + language), Map.class, reference, PHONE_LAST4);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        return status.getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> deadlines(Map<String, Object> status) {
        return (List<Map<String, Object>>) status.get("openDeadlines");
    }
}
