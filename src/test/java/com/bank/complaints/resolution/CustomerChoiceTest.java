package com.bank.complaints.resolution;

import static com.bank.complaints.TestComplaints.chineseFeeComplaint;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.DUAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.customer.SignedLinks;
import com.bank.complaints.customer.SignedLinks.Purpose;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.resolution.RemedyDecisions.RemedyDecision;
import com.bank.complaints.resolution.RemedyDecisions.Step;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Issue 17.5, R-RES-1: a proposal offers up to three options, the supervisor approves them as proposed,
 * the customer chooses one through the signed link (or the handler records the choice), and only the
 * chosen option is carried out. Real engine, real HTTP, real signed links.
 */
@DeskTest
class CustomerChoiceTest {

    private static final AtomicInteger NEXT_MAILBOX = new AtomicInteger();
    private static final String RECEIVED = "Thank you, we have received your answer.";
    private static final String ALREADY_ANSWERED = "This answer was already given or is no longer expected";

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    SignedLinks links;
    @Autowired
    RemedyDecisions decisions;
    @Autowired
    CoreBankingStandIn bank;
    @Autowired
    GreenMail greenMail;

    // ---- following the choice to the money ----

    @Test
    @DisplayName("issue 17.5 R-RES-1 three options offered: the customer picks option 2 on the answer page and only option 2's 120.00 CNY refund is paid")
    void customerPicksTheSecondOptionAndOnlyItIsPaid() {
        String ref = threeOptionsOffered(feeComplaint());
        String token = token(ref);

        ResponseEntity<String> page = desk.anonymous().getForEntity("/customer/respond?token={t}", String.class, token);
        ResponseEntity<String> answer = accept(token, "2");
        cases.runJobs(ref);

        assertThat(page.getBody()).contains("name=\"option\" value=\"1\"", "name=\"option\" value=\"2\"",
                "name=\"option\" value=\"3\"", "Option 2", "Refund", "120.00 CNY", "Refund the second installment fee.");
        assertThat(answer.getBody()).contains(RECEIVED);
        assertThat(paid(ref)).containsExactly("REFUND 120.00");
        RemedyDecision chosen = decisions.approved(ref).orElseThrow();
        assertThat(chosen.step()).isEqualTo(Step.CHOSEN);
        assertThat(chosen.option()).isEqualTo(2);
        assertThat(chosen.chosenBy()).isEqualTo(RemedyDecisions.CUSTOMER);
        assertThat(chosen.decidedBy()).isEqualTo("supervisor");
        assertThat(cases.variable(ref, Variables.REMEDY_TYPE)).isEqualTo("REFUND");
        assertThat(cases.openTasks(ref)).containsExactly(DUAL_REVIEW);
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 the handler records that the customer chose option 1: only the 50.00 CNY fee waiver is posted, the choice is the handler's record")
    void handlerRecordsTheChoice() {
        String ref = threeOptionsOffered(feeComplaint());

        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler",
                Map.of(Variables.CUSTOMER_ACCEPTED, true, Variables.CHOSEN_OPTION, "1"));

        assertThat(paid(ref)).containsExactly("FEE_WAIVER 50.00");
        RemedyDecision chosen = decisions.approved(ref).orElseThrow();
        assertThat(chosen.option()).isEqualTo(1);
        assertThat(chosen.chosenBy()).isEqualTo("handler");
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 a proposal of one option works as before: accepted without a choice, paid, no choice recorded")
    void oneOptionNeedsNoChoice() {
        String ref = atDecision(feeComplaint(), Map.of(Variables.REMEDY_TYPE, "REFUND", Variables.REMEDY_AMOUNT, 80,
                Variables.REMEDY_DETAILS, "Refund of the fee."));

        assertThat(accept(token(ref), null).getBody()).contains(RECEIVED);
        cases.runJobs(ref);

        assertThat(paid(ref)).containsExactly("REFUND 80.00");
        assertThat(decisions.history(ref)).extracting(RemedyDecision::step).doesNotContain(Step.CHOSEN);
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 the offer e-mail lists every option with its remedy and amount and asks the customer to choose one")
    void offerMailListsTheOptions() {
        String email = "choice-" + NEXT_MAILBOX.incrementAndGet() + "@example.com";
        String ref = threeOptionsOffered(with(feeComplaint(), "customerEmail", email));

        String text = Mails.text(Mails.to(greenMail, email).stream()
                .filter(mail -> Mails.subject(mail).contains("proposed solution")).findFirst().orElseThrow());

        assertThat(text).contains(ref, "Option 1: Fee waiver or discount, 50.00 CNY", "Option 2: Refund, 120.00 CNY",
                "Option 3: Points or goodwill compensation, 30.00 CNY", "only the one you choose is carried out");
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 a Chinese customer's answer page lists the options in Chinese")
    void answerPageListsTheOptionsInChinese() {
        String ref = threeOptionsOffered(chineseFeeComplaint());

        String page = desk.anonymous().getForObject("/customer/respond?token={t}", String.class, token(ref));

        assertThat(page).contains("方案 2", "退款", "120.00 元", "请选择您希望的一个");
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1/2 a plan of several options goes to a supervisor even when option 1 alone is on the small-claims fast track")
    void severalOptionsAlwaysGoToASupervisor() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");

        cases.complete(ref, PROPOSE_REMEDY, "handler", Map.of(Variables.REMEDY_TYPE, "FEE_WAIVER",
                Variables.REMEDY_AMOUNT, 100, Variables.REMEDY_DETAILS, "Waive the fee.",
                Variables.OPTION_2_TYPE, "REFUND", Variables.OPTION_2_AMOUNT, 9000, Variables.OPTION_2_DETAILS, "Refund all."));

        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_PROPOSAL);
        assertThat(decisions.approved(ref)).isEmpty();
    }

    // ---- attacks: each refused, nothing changed ----

    @ParameterizedTest(name = "option \"{0}\"")
    @NullSource
    @ValueSource(strings = {"4", "0", "-1", "two", ""})
    @DisplayName("issue 17.5 R-RES-1 accepting through the link with no option or one that was not offered answers 400 naming the option; nothing is decided")
    void optionNotOfferedThroughTheLinkIsRefused(String option) {
        String ref = threeOptionsOffered(feeComplaint());

        ResponseEntity<String> answer = accept(token(ref), option);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("data-field=\"option\"", "Please choose one of the options shown.");
        assertNothingDecided(ref);
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 option 2, offered by another complaint, cannot be accepted on a one-option offer: 400 naming the option, nothing decided")
    void anotherComplaintsOptionIsRefused() {
        threeOptionsOffered(feeComplaint());
        String ref = atDecision(feeComplaint(), Map.of(Variables.REMEDY_TYPE, "REFUND", Variables.REMEDY_AMOUNT, 80,
                Variables.REMEDY_DETAILS, "Refund of the fee."));

        ResponseEntity<String> answer = accept(token(ref), "2");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("data-field=\"option\"");
        assertNothingDecided(ref);
    }

    @ParameterizedTest(name = "chosenOption \"{0}\"")
    @NullSource
    @ValueSource(strings = {"4", "9999"})
    @DisplayName("issue 17.5 R-RES-1 the handler recording acceptance of an option that was not offered (or of none) gets 400 naming chosenOption; nothing is decided")
    void optionNotOfferedThroughTheFormIsRefused(String option) {
        String ref = threeOptionsOffered(feeComplaint());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CUSTOMER_ACCEPTED, value(true));
        if (option != null) {
            variables.put(Variables.CHOSEN_OPTION, value(option));
        }

        ResponseEntity<String> response = complete("handler", cases.task(ref, RECORD_CUSTOMER_DECISION).getId(), variables);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains(Variables.CHOSEN_OPTION);
        assertNothingDecided(ref);
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 choosing again through the same link is not taken: the first choice (option 2) stands and alone is paid")
    void firstChoiceStands() {
        String ref = threeOptionsOffered(feeComplaint());
        String token = token(ref);
        assertThat(accept(token, "2").getBody()).contains(RECEIVED);
        cases.runJobs(ref);

        ResponseEntity<String> again = accept(token, "3");
        cases.runJobs(ref);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).contains(ALREADY_ANSWERED).doesNotContain(RECEIVED);
        assertThat(decisions.history(ref)).filteredOn(decision -> decision.step() == Step.CHOSEN)
                .extracting(RemedyDecision::option).containsExactly(2);
        assertThat(paid(ref)).containsExactly("REFUND 120.00");
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 R-REC-2 a tampered link carrying a choice is refused (404) and chooses nothing")
    void tamperedLinkChoosesNothing() {
        String ref = threeOptionsOffered(feeComplaint());
        String[] parts = token(ref).split("\\.");
        char middle = parts[1].charAt(parts[1].length() / 2);
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() / 2) + (middle == 'A' ? 'B' : 'A')
                + parts[1].substring(parts[1].length() / 2 + 1);

        ResponseEntity<String> answer = accept(forged, "2");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertNothingDecided(ref);
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 a handler recording option 3 after the customer chose option 2 through the link is refused; the customer's choice stands")
    void handlerCannotOverruleTheCustomersChoice() {
        String ref = threeOptionsOffered(feeComplaint());
        String openTask = cases.task(ref, RECORD_CUSTOMER_DECISION).getId();
        assertThat(accept(token(ref), "2").getBody()).contains(RECEIVED);

        ResponseEntity<String> response = complete("handler", openTask,
                Map.of(Variables.CUSTOMER_ACCEPTED, value(true), Variables.CHOSEN_OPTION, value("3")));
        cases.runJobs(ref);

        assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
        assertThat(decisions.history(ref)).filteredOn(decision -> decision.step() == Step.CHOSEN)
                .extracting(RemedyDecision::option, RemedyDecision::chosenBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, RemedyDecisions.CUSTOMER));
        assertThat(paid(ref)).containsExactly("REFUND 120.00");
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1/2 the supervisor approving with option 2's amount changed gets 400 naming it; the options stay as proposed and nothing is approved")
    void approverCannotChangeAnOption() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        cases.complete(ref, PROPOSE_REMEDY, "handler", threeOptions());

        ResponseEntity<String> response = complete("supervisor", cases.task(ref, APPROVE_PROPOSAL).getId(),
                Map.of(Variables.PROPOSAL_APPROVED, value(true), Variables.OPTION_2_AMOUNT, value(9000)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains(Variables.OPTION_2_AMOUNT);
        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_PROPOSAL);
        assertThat(decisions.proposedOptions(ref)).extracting(option -> option.amount().toPlainString())
                .containsExactly("50.00", "120.00", "30.00");
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 a second option refunding no amount, or of an unknown remedy, is refused with 400 naming the field; nothing is proposed")
    void badOptionIsRefused() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        String task = cases.task(ref, PROPOSE_REMEDY).getId();

        ResponseEntity<String> noAmount = complete("handler", task, Map.of(
                Variables.REMEDY_TYPE, value("FEE_WAIVER"), Variables.REMEDY_AMOUNT, value(50),
                Variables.REMEDY_DETAILS, value("Waive the fee."), Variables.OPTION_2_TYPE, value("REFUND"),
                Variables.OPTION_2_DETAILS, value("Refund.")));
        ResponseEntity<String> unknown = complete("handler", task, Map.of(
                Variables.REMEDY_TYPE, value("FEE_WAIVER"), Variables.REMEDY_AMOUNT, value(50),
                Variables.REMEDY_DETAILS, value("Waive the fee."), Variables.OPTION_2_TYPE, value("CASH"),
                Variables.OPTION_2_AMOUNT, value(5000)));

        assertThat(noAmount.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noAmount.getBody()).contains(Variables.OPTION_2_AMOUNT);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains(Variables.OPTION_2_TYPE);
        assertThat(decisions.history(ref)).isEmpty();
        assertThat(cases.openTasks(ref)).containsExactly(PROPOSE_REMEDY);
    }

    @Test
    @DisplayName("issue 17.5 R-RES-1 an option 3 without an option 2 is not offered, as the form hides it: the proposal offers option 1 alone")
    void thirdOptionWithoutSecondIsNotOffered() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");

        cases.complete(ref, PROPOSE_REMEDY, "handler", Map.of(Variables.REMEDY_TYPE, "REFUND", Variables.REMEDY_AMOUNT, 80,
                Variables.REMEDY_DETAILS, "Refund of the fee.", Variables.OPTION_3_TYPE, "REFUND",
                Variables.OPTION_3_AMOUNT, 9000, Variables.OPTION_3_DETAILS, "Refund all."));

        assertThat(decisions.offer(ref).orElseThrow().options()).extracting(option -> option.amount().toPlainString())
                .containsExactly("80.00");
    }

    // ---- helpers ----

    /** What execution booked for the complaint, as "TYPE amount": the one place that reads the postings. */
    private List<String> paid(String ref) {
        return bank.postings(ref).stream().map(posting -> posting.type() + " " + posting.amount().toPlainString()).toList();
    }

    private void assertNothingDecided(String ref) {
        assertThat(decisions.history(ref)).extracting(RemedyDecision::step).doesNotContain(Step.CHOSEN);
        assertThat(decisions.offer(ref).orElseThrow().chosen()).isNull();
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(cases.variable(ref, Variables.CUSTOMER_ACCEPTED)).isNull();
        assertThat(paid(ref)).isEmpty();
    }

    private static Map<String, Object> threeOptions() {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put(Variables.REMEDY_TYPE, "FEE_WAIVER");
        proposal.put(Variables.REMEDY_AMOUNT, 50);
        proposal.put(Variables.REMEDY_DETAILS, "Waive the next two periods' fees.");
        proposal.put(Variables.OPTION_2_TYPE, "REFUND");
        proposal.put(Variables.OPTION_2_AMOUNT, 120);
        proposal.put(Variables.OPTION_2_DETAILS, "Refund the second installment fee.");
        proposal.put(Variables.OPTION_3_TYPE, "POINTS_GOODWILL");
        proposal.put(Variables.OPTION_3_AMOUNT, 30);
        proposal.put(Variables.OPTION_3_DETAILS, "3000 bonus points.");
        return proposal;
    }

    /** The three options proposed by the handler and approved by the supervisor: the offer is out. */
    private String threeOptionsOffered(Map<String, Object> complaint) {
        return atDecision(complaint, threeOptions());
    }

    private String atDecision(Map<String, Object> complaint, Map<String, Object> proposal) {
        String ref = cases.submit(complaint);
        cases.investigate(ref, "FACT_CLEAR");
        cases.complete(ref, PROPOSE_REMEDY, "handler", proposal);
        if (cases.task(ref, APPROVE_PROPOSAL) != null) {
            cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        return ref;
    }

    private String token(String ref) {
        return UriComponentsBuilder.fromUriString(links.url(ref, Purpose.OFFER, 0)).build().getQueryParams()
                .getFirst("token");
    }

    private ResponseEntity<String> accept(String token, String option) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        form.add("answer", "accept");
        if (option != null) {
            form.add("option", option);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return desk.anonymous().postForEntity("/customer/respond", new HttpEntity<>(form, headers), String.class);
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        return desk.as(user).postForEntity("/engine-rest/task/{id}/complete", Desk.json(Map.of("variables", variables)),
                String.class, taskId);
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }
}
