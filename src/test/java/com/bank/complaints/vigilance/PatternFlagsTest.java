package com.bank.complaints.vigilance;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * R-AN-5: suspicious patterns among complaints accepted through the intake API. Each test works in
 * days of 2027 of its own (the engine's clock moved there), with phones and e-mail addresses of its
 * own, so no other test's complaints share its windows; the tests screen when they choose.
 */
@DeskTest
class PatternFlagsTest {

    private static final ZoneId BANK = ZoneId.of("Asia/Shanghai");
    private static final AtomicLong NEXT = new AtomicLong(1_000_000);

    @Autowired
    Desk desk;
    @Autowired
    PatternScreening screening;
    @Autowired
    PatternNotices notices;
    @Autowired
    PatternFlags flags;
    @Autowired
    GreenMail greenMail;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R-AN-5 a customer with 3 complaints within 30 days is flagged once, however often screened")
    void customerWithThreeComplaintsIsFlaggedOnce() {
        String customer = "C-PAT-" + NEXT.incrementAndGet();
        List<String> refs = List.of(submit(at(2027, 2, 1), with(own(), "customerId", customer)),
                submit(at(2027, 2, 10), with(own(), "customerId", customer)),
                submit(at(2027, 2, 20), with(own(), "customerId", customer)));

        screen(at(2027, 2, 20).plusMinutes(1));
        screen(at(2027, 2, 20).plusMinutes(2));

        assertThat(flagsOf(refs)).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.CUSTOMER);
            assertThat(flag.complaints()).containsExactlyElementsOf(refs);
            assertThat(flag.count()).isEqualTo(3);
            assertThat(flag.status()).isEqualTo(PatternFlag.OPEN);
            assertThat(flag.subject()).doesNotContain(customer);
        });
    }

    @Test
    @DisplayName("R-AN-5 2 complaints of a customer within 30 days are not a pattern")
    void twoComplaintsAreNotFlagged() {
        String customer = "C-PAT-" + NEXT.incrementAndGet();
        List<String> refs = List.of(submit(at(2027, 3, 1), with(own(), "customerId", customer)),
                submit(at(2027, 3, 5), with(own(), "customerId", customer)));

        screen(at(2027, 3, 5).plusMinutes(1));

        assertThat(flagsOf(refs)).isEmpty();
    }

    @Test
    @DisplayName("R-AN-5 the same phone under different customer ids, however written, is flagged by phone, masked")
    void samePhoneIsFlagged() {
        List<String> refs = new ArrayList<>();
        for (String phone : List.of("+86 137 5555 0001", "13755550001", "137-5555-0001")) {
            refs.add(submit(at(2027, 4, 1 + refs.size() * 3), with(own(), "customerPhone", phone)));
        }

        screen(at(2027, 4, 8));

        assertThat(flagsOf(refs)).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.PHONE);
            assertThat(flag.count()).isEqualTo(3);
            assertThat(flag.subject()).endsWith("0001").doesNotContain("5555");
        });
    }

    @Test
    @DisplayName("R-AN-5 5 near-identical grievances within 24 hours (names, amounts and a word differ) are flagged, masked")
    void nearIdenticalTextsAreFlagged() {
        List<String> refs = new ArrayList<>();
        String[] names = {"Wang Fang", "Zhang Wei", "Liu Yang", "Chen Jing", "Yang Li"};
        for (int i = 0; i < names.length; i++) {
            String grievance = "I, " + names[i] + ", was charged an installment fee of " + (100 + i * 37)
                    + ".50 CNY twice on my plan. The bank must refund it " + (i == 4 ? "right now" : "now")
                    + " or we go to the regulator together!";
            refs.add(submit(at(2027, 5, 10).plusHours(i * 5L),
                    with(with(own(), "customerName", names[i]), "grievance", grievance)));
        }

        screen(at(2027, 5, 11, 12));

        assertThat(flagsOf(refs)).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.TEXT);
            assertThat(flag.complaints()).containsExactlyElementsOf(refs);
            assertThat(flag.sample()).contains("I, [name], was charged").doesNotContain(names);
        });
    }

    @Test
    @DisplayName("R-AN-5 5 different grievances within 24 hours are not a pattern")
    void differentTextsAreNotFlagged() {
        List<String> refs = new ArrayList<>();
        for (String grievance : List.of("The installment fee was charged twice in October.",
                "My credit card was stolen and someone used it at a mall.", "How do I apply for early repayment?",
                "The branch staff were rude and refused to explain the interest rate.",
                "The app showed a wrong statement balance for three days.")) {
            refs.add(submit(at(2027, 6, 10).plusHours(refs.size() * 2L), with(own(), "grievance", grievance)));
        }

        screen(at(2027, 6, 10, 12));

        assertThat(flagsOf(refs)).isEmpty();
    }

    @Test
    @DisplayName("R-AN-5 the same grievance 5 times spread over a week is not a pattern")
    void sameTextsOverAWeekAreNotFlagged() {
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            refs.add(submit(at(2027, 7, 1).plusHours(i * 40L),
                    with(own(), "grievance", "Your marketing calls at night must stop immediately.")));
        }

        screen(at(2027, 7, 8));

        assertThat(flagsOf(refs)).isEmpty();
    }

    @Test
    @DisplayName("R-AN-5 a flag grows when the pattern continues instead of being flagged again")
    void flagGrows() {
        String customer = "C-PAT-" + NEXT.incrementAndGet();
        List<String> refs = new ArrayList<>();
        for (int day : new int[] {1, 4, 7}) {
            refs.add(submit(at(2027, 8, day), with(own(), "customerId", customer)));
        }
        screen(at(2027, 8, 7).plusMinutes(1));
        long id = flagsOf(refs).get(0).id();

        refs.add(submit(at(2027, 8, 12), with(own(), "customerId", customer)));
        screen(at(2027, 8, 12).plusMinutes(1));

        assertThat(flagsOf(refs)).singleElement().satisfies(flag -> {
            assertThat(flag.id()).isEqualTo(id);
            assertThat(flag.count()).isEqualTo(4);
            assertThat(flag.complaints()).containsExactlyElementsOf(refs);
            assertThat(flag.lastSeen().toInstant()).isEqualTo(at(2027, 8, 12).atZone(BANK).toInstant());
        });
    }

    @Test
    @DisplayName("R-AN-5 the supervisors get exactly one mail per flag, even when it grows and notices run again")
    void supervisorsAreMailedOncePerFlag() {
        String customer = "C-PAT-" + NEXT.incrementAndGet();
        List<String> refs = new ArrayList<>();
        for (int day : new int[] {20, 22, 24}) {
            refs.add(submit(at(2027, 8, day), with(own(), "customerId", customer)));
        }
        screen(at(2027, 8, 24).plusMinutes(1));
        notices.announceNewFlags();
        refs.add(submit(at(2027, 8, 26), with(own(), "customerId", customer)));
        screen(at(2027, 8, 26).plusMinutes(1));
        notices.announceNewFlags();

        PatternFlag flag = flagsOf(refs).get(0);
        assertThat(Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> Mails.subject(mail).startsWith("Suspicious pattern #" + flag.id() + ":")))
                .singleElement().satisfies(mail -> {
                    assertThat(Mails.recipients(mail)).containsExactly("supervisor@bank.example");
                    assertThat(Mails.subject(mail)).isEqualTo("Suspicious pattern #" + flag.id()
                            + ": 3 complaints from the same customer");
                });
    }

    @Test
    @DisplayName("R-AN-5 supervisors list the open flags and review one with a verdict and a note")
    void supervisorReviewsFlag() {
        PatternFlag flag = customerFlag(2027, 9, 1);
        assertThat(ids(desk.as("supervisor").getForEntity("/api/pattern-flags?status=OPEN", PatternFlag[].class)))
                .contains(flag.id());

        ResponseEntity<PatternFlag> reviewed = review("supervisor", flag.id(),
                Map.of("verdict", "GENUINE_GROUP_COMPLAINT", "note", "Same family, same real fee error."), PatternFlag.class);

        assertThat(reviewed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reviewed.getBody().status()).isEqualTo(PatternFlag.REVIEWED);
        assertThat(reviewed.getBody().verdict()).isEqualTo("GENUINE_GROUP_COMPLAINT");
        assertThat(reviewed.getBody().reviewedBy()).isEqualTo("supervisor");
        assertThat(ids(desk.as("supervisor").getForEntity("/api/pattern-flags?status=OPEN", PatternFlag[].class)))
                .doesNotContain(flag.id());
        assertThat(ids(desk.as("supervisor").getForEntity("/api/pattern-flags?status=REVIEWED", PatternFlag[].class)))
                .contains(flag.id());
    }

    @Test
    @DisplayName("R-AN-5 a flag is reviewed once: a second review answers 409 and keeps the first verdict")
    void secondReviewConflicts() {
        PatternFlag flag = customerFlag(2027, 9, 10);
        review("supervisor", flag.id(), Map.of("verdict", "MALICIOUS", "note", "Threatens staff."), String.class);

        ResponseEntity<String> again = review("supervisor", flag.id(),
                Map.of("verdict", "NO_CONCERN", "note", "Changed my mind."), String.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(flags.find(flag.id()).orElseThrow().verdict()).isEqualTo("MALICIOUS");
    }

    @Test
    @DisplayName("R-AN-5 a review without a known verdict or a note answers 400 naming both")
    void badReviewNamesFields() {
        PatternFlag flag = customerFlag(2027, 9, 20);

        ResponseEntity<Map> response = review("supervisor", flag.id(), Map.of("verdict", "SPAM", "note", " "), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("verdict", "note");
        assertThat(flags.find(flag.id()).orElseThrow().status()).isEqualTo(PatternFlag.OPEN);
    }

    @ParameterizedTest
    @CsvSource({"compliance", "director", "admin", "handler"})
    @DisplayName("R-AN-5 only supervisors review flags")
    void onlySupervisorsReview(String user) {
        assertThat(review(user, 1, Map.of("verdict", "NO_CONCERN", "note", "Fine."), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @CsvSource({"supervisor, 200", "compliance, 200", "director, 200", "admin, 200", "handler, 403", "agent, 403"})
    @DisplayName("R-AN-5 supervisors, compliance officers, senior managers and administrators see the flags")
    void whoMayList(String user, int status) {
        assertThat(desk.as(user).getForEntity("/api/pattern-flags", String.class).getStatusCode().value())
                .isEqualTo(status);
    }

    @Test
    @DisplayName("R-AN-5 flags need a login; an unknown status or flag is refused")
    void anonymousUnknownStatusAndUnknownFlag() {
        assertThat(desk.anonymous().getForEntity("/api/pattern-flags", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(desk.as("supervisor").getForEntity("/api/pattern-flags?status=CLOSED", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(review("supervisor", 999_999, Map.of("verdict", "NO_CONCERN", "note", "?"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** 3 complaints of a new customer, 2 days apart from the day given, screened: their flag. */
    private PatternFlag customerFlag(int year, int month, int day) {
        String customer = "C-PAT-" + NEXT.incrementAndGet();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            refs.add(submit(at(year, month, day).plusDays(i * 2L), with(own(), "customerId", customer)));
        }
        screen(at(year, month, day).plusDays(5));
        return flagsOf(refs).get(0);
    }

    /** A fee complaint with a phone and an e-mail address no other complaint has. */
    private static Map<String, Object> own() {
        long n = NEXT.incrementAndGet();
        return with(with(feeComplaint(), "customerPhone", "+86 139 " + n), "customerEmail", "pattern-" + n + "@example.com");
    }

    private String submit(LocalDateTime bankTime, Map<String, Object> fields) {
        ClockUtil.setCurrentTime(Date.from(bankTime.atZone(BANK).toInstant()));
        return desk.accepted(fields);
    }

    private void screen(LocalDateTime bankTime) {
        ClockUtil.setCurrentTime(Date.from(bankTime.atZone(BANK).toInstant()));
        screening.screenPending();
    }

    private List<PatternFlag> flagsOf(List<String> refs) {
        return flags.list(null, PatternFlagController.LIMIT).stream()
                .filter(flag -> flag.complaints().stream().anyMatch(refs::contains)).toList();
    }

    private <T> ResponseEntity<T> review(String user, long id, Map<String, String> body, Class<T> type) {
        return desk.as(user).postForEntity("/api/pattern-flags/{id}/review", Desk.json(body), type, id);
    }

    private static List<Long> ids(ResponseEntity<PatternFlag[]> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return Arrays.stream(response.getBody()).map(PatternFlag::id).toList();
    }

    private static LocalDateTime at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0);
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
