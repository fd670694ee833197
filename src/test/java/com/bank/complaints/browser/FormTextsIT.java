package com.bank.complaints.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.Condition;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 16 point 2: the forms speak to the people who use them. No form shows an internal rule id (R-...) or a
 * regular expression: the rule ids a task serves open its BPMN documentation, which Tasklist shows in the
 * task's Description tab (TaskCardsIT e); a field checked against a pattern
 * says its rule in words in its help text, in English and Chinese (desk.js makes form-js's message point to that
 * text). The intake form's patterns take what an agent types: a card number in groups with spaces or hyphens, a
 * value with a space before or after it. Each form is rendered with Tasklist's form-js (1.8.7) on FormsRenderIT's
 * page, as FormsRenderIT renders it; no app is started. Dates as yyyy-MM-dd and the messages in words need
 * Tasklist's desk.js: AgentRegistrationIT shows them there.
 */
class FormTextsIT {

    private static final Path FORM_JS = Path.of("node_modules", "@bpmn-io", "form-js");
    private static final Path FORMS = Path.of("forms");
    private static final Path INTAKE_FORM = FORMS.resolve("complaint-intake.form");
    /** A requirement's id, as ../shared/REQUIREMENTS.md names them: R-TRIAGE-4, R-AN-1. */
    private static final Pattern RULE_ID = Pattern.compile("\\bR-[A-Z]+-\\d+");
    /** What only a regular expression holds: anchors, character classes, counted repeats, escapes. */
    private static final Pattern REGEX = Pattern.compile("\\^|\\$\"|\\$$|\\[[^\\]]*-[^\\]]*\\]|\\{\\d+,\\d*\\}|\\\\[sdwb+.]");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Condition<String> ENGLISH_AND_CHINESE = new Condition<>(
            text -> text != null && LATIN.matcher(text).find() && CHINESE.matcher(text).find(),
            "in English and Chinese");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Properties of a form or component that Tasklist never shows. */
    private static final Set<String> NOT_SHOWN = Set.of("properties", "validate", "layout", "exporter", "id", "key",
            "type", "subtype", "path", "conditional");

    @RegisterExtension
    final Browsers browsers = new Browsers();
    private Browser browser;

    @BeforeEach
    void formJsAndChromiumAreInstalled() {
        assumeTrue(Files.isDirectory(FORM_JS), "form texts test skipped: " + FORM_JS + " is missing (run npm ci)");
    }

    @TestFactory
    @DisplayName("issue 16.2 no form shows a rule id (R-...) or a regular expression; rule ids are in the task's description (ModelWiringTest); a pattern's rule is said in words in English and Chinese")
    Stream<DynamicTest> noFormShowsRuleIdsOrRegularExpressions() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.list(FORMS)) {
            forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).as("forms/*.form").isNotEmpty();
        browser = browsers.open("form-texts");
        return forms.stream().map(form -> dynamicTest(form.getFileName().toString(), () -> speaksInWords(form)));
    }

    private void speaksInWords(Path file) throws IOException {
        String form = file.getFileName().toString().replace(".form", "");
        JsonNode schema = JSON.readTree(file.toFile());
        SoftAssertions softly = new SoftAssertions();

        // what the form shows: every text, label, help text and option, as form-js renders them
        render(schema);
        String shown = browser.text(By.id("form"));
        softly.assertThat(shown).as("%s as shown", form).isNotBlank().doesNotContainPattern(RULE_ID).doesNotContainPattern(REGEX);

        // and what it could show: every text of the schema except its custom properties and its checks
        for (String text : shownTexts(schema)) {
            softly.assertThat(text).as("%s: a text of the form", form).doesNotContainPattern(RULE_ID).doesNotContainPattern(REGEX);
        }
        for (JsonNode field : schema.findParents("validate")) {
            if (field.path("validate").hasNonNull("pattern")) {
                softly.assertThat(field.path("description").asText(null))
                        .as("%s: %s is checked against a pattern, so its help text says the rule", form, field.path("id").asText())
                        .is(ENGLISH_AND_CHINESE);
            }
        }
        softly.assertAll();
    }

    @Test
    @DisplayName("issue 16.2 R-INTAKE-2 the intake form takes a card number written in groups with spaces or hyphens, and values typed with a space around them; it still refuses what the server refuses")
    void theIntakeFormTakesWhatAgentsType() throws IOException {
        JsonNode schema = JSON.readTree(INTAKE_FORM.toFile());
        browser = browsers.open("form-texts");
        List<String> accepted = List.of("6228 4800 1234 5671", "6228-4800-1234-5671", "6228480012345671",
                "INST-2026-000731", " INST-2026-000731 ");
        List<String> refused = List.of("6228/4800/1234/5671", "12345");
        for (String card : accepted) {
            assertThat(refusedFields(schema, "Card or installment contract number", card)).as("card or contract %s", card)
                    .doesNotContain("Field_CardOrContractNumber");
        }
        for (String card : refused) {
            assertThat(refusedFields(schema, "Card or installment contract number", card)).as("card or contract %s", card)
                    .contains("Field_CardOrContractNumber");
        }
        assertThat(refusedFields(schema, "Customer id", " C-10086 ")).doesNotContain("Field_CustomerId");
        assertThat(refusedFields(schema, "Customer id", "C 10086")).contains("Field_CustomerId");
        assertThat(refusedFields(schema, "Phone", "+86 138-0000-1234 ")).doesNotContain("Field_CustomerPhone");
    }

    /** The fields form-js refuses when the form is submitted with the value typed into the field of that label. */
    private List<String> refusedFields(JsonNode schema, String label, String value) {
        render(schema);
        browser.type(label, value);
        return browser.script("return harness.submit()");
    }

    private Map<String, Object> render(JsonNode schema) {
        browser.show(harness());
        Map<String, Object> imported = browser.script("return harness.render(JSON.parse(arguments[0]))", schema.toString());
        assertThat(imported.get("error")).as("import error").isNull();
        return imported;
    }

    /** Every string of the schema a person may see: all but ids, keys, types, layout, checks and custom properties. */
    private static List<String> shownTexts(JsonNode schema) {
        List<String> texts = new ArrayList<>();
        collect(schema, null, texts);
        return texts;
    }

    private static void collect(JsonNode node, String name, List<String> texts) {
        if (name != null && NOT_SHOWN.contains(name)) {
            return;
        }
        if (node.isTextual()) {
            texts.add(node.asText());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(entry -> collect(entry.getValue(), entry.getKey(), texts));
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, name, texts));
        }
    }

    /** FormsRenderIT's page, with the location of form-js's bundle. */
    private static URI harness() {
        try {
            URI page = Objects.requireNonNull(FormTextsIT.class.getResource("/forms-render/index.html")).toURI();
            return URI.create(page + "?dist=" + FORM_JS.resolve("dist").toAbsolutePath().toUri());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
