package com.bank.complaints.caselibrary;

import static com.bank.complaints.caselibrary.LibraryData.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.system.PersonalDataMasking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-AN-4: the case library's search, masking (R-REC-2) and access, on the cases of {@link LibraryData}. */
@DeskTest
class CaseLibraryApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Desk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataMasking masking;
    @Autowired
    ObjectMapper objectMapper;

    @BeforeEach
    void knownCases() {
        LibraryData.insertOnce(jdbc);
    }

    @Test
    @DisplayName("R-AN-4 only closed cases are in the library, the latest closed first")
    void closedCasesNewestFirst() {
        JsonNode page = search("q=" + TOKEN);

        assertThat(page.at("/total").asLong()).isEqualTo(3);
        assertThat(references(page)).containsExactly("LIB-L3", "LIB-L2", "LIB-L1");
    }

    @Test
    @DisplayName("R-AN-4 by business type (product)")
    void byProduct() {
        assertThat(references(search("q=" + TOKEN + "&product=installment_plan"))).containsExactly("LIB-L2");
    }

    @Test
    @DisplayName("R-AN-4 by category")
    void byCategory() {
        assertThat(references(search("q=" + TOKEN + "&category=transaction"))).containsExactly("LIB-L3", "LIB-L1");
    }

    @Test
    @DisplayName("R-AN-4 by cause, with its axis or the code alone")
    void byCause() {
        assertThat(references(search("q=" + TOKEN + "&cause=SYSTEM:POSTING_ERROR"))).containsExactly("LIB-L1");
        assertThat(references(search("q=" + TOKEN + "&cause=posting_error"))).containsExactly("LIB-L1");
        assertThat(references(search("q=" + TOKEN + "&cause=STAFF:POSTING_ERROR"))).isEmpty();
    }

    @Test
    @DisplayName("R-AN-4 by remedy")
    void byRemedy() {
        assertThat(references(search("q=" + TOKEN + "&remedy=fee_waiver"))).containsExactly("LIB-L3");
    }

    @Test
    @DisplayName("R-AN-4 free text searches grievance, expected outcome and cause summary, in any case, Chinese too")
    void freeText() {
        assertThat(references(search("q=POSTING batch"))).containsExactly("LIB-L1");
        assertThat(references(search("q=利率与宣传"))).containsExactly("LIB-L2");
        assertThat(references(search("q=waive the " + TOKEN))).containsExactly("LIB-L3");
    }

    @Test
    @DisplayName("R-AN-4 % and _ in the free text are plain characters, not wildcards")
    void freeTextWildcardsAreLiteral() {
        assertThat(references(read(desk.as("handler").getForEntity("/api/case-library?q={q}", String.class, "100% of")
                .getBody()))).containsExactly("LIB-L1");
        assertThat(search("q=lib_ase").at("/total").asLong()).isZero();
    }

    @Test
    @DisplayName("R-REC-2 the free text does not find a case by the customer's name")
    void freeTextIgnoresTheCustomersName() {
        assertThat(search("q=zhao lei").at("/total").asLong()).isZero();
    }

    @Test
    @DisplayName("R-AN-4 pages of a chosen size, with the total of every match, whether counted or told by the last page")
    void paging() {
        JsonNode first = search("q=" + TOKEN + "&size=2");
        JsonNode second = search("q=" + TOKEN + "&size=2&page=1");
        JsonNode beyond = search("q=" + TOKEN + "&size=2&page=5");

        assertThat(references(first)).containsExactly("LIB-L3", "LIB-L2");
        assertThat(references(second)).containsExactly("LIB-L1");
        assertThat(List.of(first.at("/total").asLong(), second.at("/total").asLong(), beyond.at("/total").asLong()))
                .as("counted (a full page), told by the last page, counted (beyond the last page)").containsOnly(3L);
        assertThat(references(beyond)).isEmpty();
        assertThat(second.at("/page").asInt()).isEqualTo(1);
        assertThat(second.at("/size").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("issue 19.5 counting stops at the library's count limit and says that more cases match; at the limit the count is exact")
    void countStopsAtTheLimit() {
        LibraryQuery all = new LibraryQuery(null, null, null, null, null, TOKEN, 0, 1, false);

        LibraryPage capped = new CaseLibrary(jdbc, masking, objectMapper, 2).search(all);
        LibraryPage exact = new CaseLibrary(jdbc, masking, objectMapper, 3).search(all);

        assertThat(capped.total()).isEqualTo(2);
        assertThat(capped.moreThanTotal()).isTrue();
        assertThat(capped.cases()).extracting(LibraryCase::reference).containsExactly("LIB-L3");
        assertThat(exact.total()).isEqualTo(3);
        assertThat(exact.moreThanTotal()).isFalse();
        assertThat(search("q=" + TOKEN).at("/moreThanTotal").asBoolean(true)).isFalse();
    }

    @Test
    @DisplayName("R-AN-4 a case shows classification, cause, remedy and the masked story")
    void caseFields() {
        JsonNode l1 = search("q=" + TOKEN + "&cause=POSTING_ERROR").at("/cases/0");

        assertThat(l1.at("/product").asText()).isEqualTo("CREDIT_CARD");
        assertThat(l1.at("/category").asText()).isEqualTo("TRANSACTION");
        assertThat(l1.at("/remedyType").asText()).isEqualTo("REFUND");
        assertThat(l1.at("/remedyAmount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(l1.at("/causes").toString()).isEqualTo("[\"SYSTEM:POSTING_ERROR\"]");
        assertThat(l1.at("/causeSummary").asText()).isEqualTo("Posting batch ran twice for [name]'s card");
        assertThat(l1.at("/grievance").asText()).isEqualTo("[name] here (libcase): the annual fee was charged twice. "
                + "Call [phone] or [email], card [card].");
        assertThat(l1.at("/expectedOutcome").asText()).isEqualTo("Refund 100% of the second fee to [name].");
    }

    @Test
    @DisplayName("R-REC-2 no search answer holds the customers' names, phones, e-mails, card numbers or ids")
    void searchMasksPersonalData() {
        ResponseEntity<String> response = desk.as("handler").getForEntity("/api/case-library?q=" + TOKEN, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertNoPersonalData(response.getBody());
        assertThat(response.getBody()).doesNotContain("\"customer", "\"phone", "\"email", "\"card");
    }

    @Test
    @DisplayName("R-REC-2 one case in full: the story masked, the steps without who worked on them")
    void storyMasksPersonalData() {
        ResponseEntity<String> response = desk.as("handler").getForEntity("/api/case-library/LIB-L1", String.class);
        JsonNode story = read(response.getBody());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertNoPersonalData(response.getBody());
        assertThat(response.getBody()).doesNotContain("hdl-zhou", "assignee");
        assertThat(story.at("/reference").asText()).isEqualTo("LIB-L1");
        assertThat(story.at("/finding").asText()).isEqualTo("FACT_CLEAR");
        assertThat(story.at("/satisfactionScore").asInt()).isEqualTo(5);
        assertThat(story.at("/steps/0/name").asText()).isEqualTo("Investigate complaint");
        assertThat(story.at("/steps/1/name").asText()).isEqualTo("Archive complaint");
    }

    @Test
    @DisplayName("R-AN-4 an open case is not in the library")
    void openCaseIsNotFound() {
        assertThat(desk.as("handler").getForEntity("/api/case-library/LIB-L4", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("R-REC-2 the CSV export masks personal data and starts with a UTF-8 byte order mark for Excel")
    void csvMasksPersonalData() {
        ResponseEntity<byte[]> response = desk.as("supervisor").getForEntity("/api/case-library?format=csv&q=" + TOKEN,
                byte[].class);
        byte[] body = response.getBody();
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);

        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text).startsWith("reference,closedAt,product,category,specialKind,finding,remedyType,remedyAmount,"
                + "satisfactionScore,causes,causeSummary,grievance,expectedOutcome\r\n");
        assertThat(text).contains("LIB-L2", "客户[name]说分期利率与宣传不符，合同[card]，电话 [phone]。");
        assertNoPersonalData(text);
    }

    @Test
    @DisplayName("R-AN-4 Accept: text/csv answers CSV too")
    void csvByAcceptHeader() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");

        ResponseEntity<String> response = desk.as("compliance").exchange("/api/case-library?q=" + TOKEN, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getBody()).contains("LIB-L1", "LIB-L2", "LIB-L3");
    }

    @ParameterizedTest
    @CsvSource({"handler, 200", "supervisor, 200", "compliance, 200", "director, 200", "admin, 200",
            "agent, 403", "ops, 403", "legal, 403"})
    @DisplayName("R-REC-2 handlers, supervisors, compliance, management and administrators use the library; others may not")
    void whoMaySearch(String user, int status) {
        assertThat(desk.as(user).getForEntity("/api/case-library?q=" + TOKEN, String.class).getStatusCode().value())
                .isEqualTo(status);
        assertThat(desk.as(user).getForEntity("/api/case-library/LIB-L1", String.class).getStatusCode().value())
                .isEqualTo(status);
    }

    @Test
    @DisplayName("R-REC-2 without a login the library answers 401")
    void anonymousIsUnauthorized() {
        assertThat(desk.anonymous().getForEntity("/api/case-library", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("R-AN-4 bad parameters answer 400 naming each one")
    void badParameters() {
        ResponseEntity<String> response = desk.as("handler").getForEntity(
                "/api/case-library?product=BOAT&cause=MOON:X&remedy=1&page=-1&size=1000&format=xml&category="
                        + "x".repeat(21), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        read(response.getBody()).at("/errors").forEach(e -> fields.add(e.at("/field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("product", "cause", "remedy", "page", "size", "format", "category");
    }

    @Test
    @DisplayName("R-REC-2 the free text may not look for personal data such as a phone number or an e-mail address")
    void freeTextRefusesPersonalData() {
        for (String q : List.of("137 1111 2222", "zhao.lei@example.com")) {
            ResponseEntity<String> response = desk.as("handler").getForEntity("/api/case-library?q={q}", String.class, q);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(read(response.getBody()).at("/errors/0/field").asText()).isEqualTo("q");
        }
    }

    private static void assertNoPersonalData(String body) {
        assertThat(body).doesNotContain(LibraryData.ZHAO_LEI).doesNotContain(LibraryData.WANG_FANG);
    }

    private JsonNode search(String query) {
        ResponseEntity<String> response = desk.as("handler").getForEntity("/api/case-library?" + query, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return read(response.getBody());
    }

    private static List<String> references(JsonNode page) {
        List<String> references = new ArrayList<>();
        page.at("/cases").forEach(c -> references.add(c.at("/reference").asText()));
        return references;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
