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
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Issue 7, point 3: every form renders in the form-js version that Tasklist 7.24 ships, with no
 * unsupported component, labels and help texts in English and Chinese, and required fields marked.
 * The forms in forms/ are how people do the R-* tasks (intake, triage, investigation, resolution,
 * execution, feedback) in Tasklist; a form Tasklist cannot render stops the complaint at that task.
 *
 * <p>Tasklist 7.24 bundles {@code @bpmn-io/form-js} 1.8.7: the form-js code in
 * camunda-webapp-webjar-7.24.0.jar (lib/deps.js) is form-js-viewer 1.8.7's, neither 1.8.6's (its
 * icons differ) nor 1.8.8's (which evaluates button labels and knows one more expression property);
 * Camunda's webapps/frontend/package.json named 1.8.7 already for 7.23. package.json pins the same
 * version, and through overrides its viewer, editor and styles (form-js asks for them with ^1.8.7,
 * which would fetch today's 1.2x), so this test renders with Tasklist's renderer, not a newer one.
 *
 * <p>Each form in forms/ (whatever is there, so a new form is checked too) is its own test. It is
 * rendered in headless Chromium on a page of our own (forms-render/index.html) as Tasklist renders
 * it, and a picture is saved to target/screenshots/forms/{form}.png. Its labels, help texts (field
 * descriptions and text blocks) and required fields are then checked on the same form rendered
 * without conditions and defaults: a condition hides a field until the task's data shows it, and a
 * default fills a required field, and neither may let a field escape the checks. No app is started.
 */
class FormsRenderIT {

    /** The form-js version Tasklist 7.24 ships (how we know: see the class comment). */
    private static final String TASKLIST_FORM_JS = "1.8.7";
    private static final Path FORM_JS = Path.of("node_modules", "@bpmn-io", "form-js");
    private static final Path FORMS = Path.of("forms");
    /**
     * The component types form-js 1.8.7 registers (formFields in form-js-viewer's dist/index.es.js);
     * "default" is the form itself. A type outside this list is one Tasklist cannot render.
     */
    private static final Set<String> FORM_JS_1_8_TYPES = Set.of(
            "default", "textfield", "textarea", "number", "datetime", "expression", "checkbox", "checklist",
            "radio", "select", "taglist", "text", "image", "table", "html", "spacer", "separator", "group",
            "dynamiclist", "iframe", "button");
    /** Form-js's message under an empty required field after submit (English only: Tasklist shows it so). */
    private static final String REQUIRED_MESSAGE = "Field is required.";
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Condition<String> ENGLISH_AND_CHINESE = new Condition<>(
            text -> text != null && LATIN.matcher(text).find() && CHINESE.matcher(text).find(),
            "in English and Chinese (Latin letters and Chinese characters)");
    private static final By FORM = By.id("form");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Closes the browser after the dynamic tests of the factory, which share it. */
    @RegisterExtension
    final Browsers browsers = new Browsers();
    /** One browser for all forms; each form is rendered on a freshly loaded page. */
    private Browser browser;
    private Path screenshots;

    /** Each test reports itself skipped, with the reason, where form-js or Chromium is missing (.ci/run installs both). */
    @BeforeEach
    void formJsAndChromiumAreInstalled() {
        assumeTrue(Files.isDirectory(FORM_JS), "forms render test skipped: " + FORM_JS
                + " is missing (run npm ci; .ci/run does before ./mvnw verify)");
    }

    @Test
    @DisplayName("issue 7.3 the forms are rendered with the form-js version Tasklist 7.24 ships, " + TASKLIST_FORM_JS)
    void rendererIsTasklists() throws IOException {
        assertThat(JSON.readTree(FORM_JS.resolve("package.json").toFile()).path("version").asText())
                .as("%s (pinned in package.json; run npm ci)", FORM_JS).isEqualTo(TASKLIST_FORM_JS);
    }

    @TestFactory
    @DisplayName("issue 7.3 every form in forms/ renders in Tasklist's form-js: supported components, labels and help texts in English and Chinese, required fields marked and enforced")
    Stream<DynamicTest> everyFormRendersInTasklist() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            List<Path> forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
            assertThat(forms).as("forms/*.form").isNotEmpty();
            browser = browsers.open("forms");
            screenshots = Browser.clearScreenshotFolder("forms");
            return forms.stream().map(form -> dynamicTest(form.getFileName().toString(), () -> rendersInTasklist(form)));
        }
    }

    private void rendersInTasklist(Path file) throws IOException {
        String form = file.getFileName().toString().replace(".form", "");
        JsonNode schema = JSON.readTree(file.toFile());
        List<Component> components = components(schema);

        assertThat(components).extracting(Component::type).as("%s: component types", form).isSubsetOf(FORM_JS_1_8_TYPES);
        importsWithoutErrorOrWarning(form, schema);
        browser.shotOf(FORM, screenshots.resolve(form + ".png"));

        render(everyFieldShownAndEmpty(schema));
        SoftAssertions softly = new SoftAssertions();
        labelsAndHelpTextsAreInEnglishAndChinese(softly, form, components);
        requiredFieldsAreMarkedAndRefusedWhenEmpty(softly, form, components);
        softly.assertAll();
    }

    private void importsWithoutErrorOrWarning(String form, JsonNode schema) {
        Map<String, Object> imported = render(schema);
        assertThat(imported.get("error")).as("%s: import error", form).isNull();
        assertThat((List<?>) imported.get("warnings")).as("%s: import warnings", form).isEmpty();
        assertThat((List<?>) imported.get("pageErrors")).as("%s: errors in the page while rendering", form).isEmpty();
        assertThat(schema.path("schemaVersion").asLong()).as("%s: schemaVersion, at most the viewer's", form)
                .isLessThanOrEqualTo((Long) imported.get("schemaVersion"));
    }

    private void labelsAndHelpTextsAreInEnglishAndChinese(SoftAssertions softly, String form, List<Component> components) {
        Map<String, Map<String, Object>> shown = shownFields(components);
        for (Component field : components.stream().filter(Component::isField).toList()) {
            Map<String, Object> rendered = shown.get(field.id());
            softly.assertThat(rendered).as("%s: %s is rendered", form, field.id()).isNotNull();
            if (rendered == null) {
                continue;
            }
            if (field.labelled()) {
                softly.assertThat(strings(rendered.get("labels"))).as("%s: label of %s", form, field.id())
                        .isNotEmpty().are(ENGLISH_AND_CHINESE);
            }
            if (field.description() != null) {
                softly.assertThat((String) rendered.get("description")).as("%s: help text of %s", form, field.id())
                        .is(ENGLISH_AND_CHINESE);
            }
        }
        List<String> texts = browser.script("return harness.texts()");
        softly.assertThat(texts).as("%s: text blocks", form)
                .hasSameSizeAs(components.stream().filter(component -> component.type().equals("text")).toList())
                .are(ENGLISH_AND_CHINESE);
    }

    private void requiredFieldsAreMarkedAndRefusedWhenEmpty(SoftAssertions softly, String form, List<Component> components) {
        List<Component> fields = components.stream().filter(Component::isField).toList();
        List<String> required = fields.stream().filter(Component::required).map(Component::id).toList();
        Map<String, Map<String, Object>> shown = shownFields(fields);
        softly.assertThat(fields.stream().map(Component::id).filter(id -> shown.containsKey(id)
                        && (Boolean) shown.get(id).get("requiredMarker")).toList())
                .as("%s: fields marked required (*)", form).containsExactlyInAnyOrderElementsOf(required);

        List<String> refused = browser.script("return harness.submit()");
        softly.assertThat(refused).as("%s: fields refused when the empty form is submitted", form)
                .containsExactlyInAnyOrderElementsOf(required);
        Map<String, Map<String, Object>> afterSubmit = shownFields(fields);
        for (String field : required) {
            softly.assertThat(afterSubmit.containsKey(field) ? strings(afterSubmit.get(field).get("errors")) : List.<String>of())
                    .as("%s: message under %s", form, field).contains(REQUIRED_MESSAGE);
        }
    }

    private Map<String, Object> render(JsonNode schema) {
        browser.show(harness());
        return browser.script("return harness.render(JSON.parse(arguments[0]))", schema.toString());
    }

    private Map<String, Map<String, Object>> shownFields(List<Component> components) {
        return browser.script("return harness.fields(arguments[0])", components.stream().map(Component::id).toList());
    }

    /** The harness page with the location of form-js's bundle (see forms-render/index.html). */
    private static URI harness() {
        try {
            URI page = Objects.requireNonNull(FormsRenderIT.class.getResource("/forms-render/index.html")).toURI();
            return URI.create(page + "?dist=" + FORM_JS.resolve("dist").toAbsolutePath().toUri());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema without conditions and defaults: every field shown, nothing filled in. */
    private static JsonNode everyFieldShownAndEmpty(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        copy.findParents("components").forEach(parent -> parent.path("components")
                .forEach(component -> ((ObjectNode) component).remove(List.of("conditional", "defaultValue"))));
        return copy;
    }

    /** The form itself and every component in it, nested ones too. */
    private static List<Component> components(JsonNode schema) {
        List<Component> all = new ArrayList<>();
        collect(schema, all);
        return all;
    }

    private static void collect(JsonNode node, List<Component> all) {
        List<String> labels = Stream.of("label", "dateLabel", "timeLabel")
                .map(name -> node.path(name).asText("")).filter(label -> !label.isBlank()).toList();
        all.add(new Component(node.path("id").asText(), node.path("type").asText(), !labels.isEmpty(),
                node.path("description").asText("").isBlank() ? null : node.get("description").asText(),
                node.path("validate").path("required").asBoolean(false)));
        node.path("components").forEach(child -> collect(child, all));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private record Component(String id, String type, boolean labelled, String description, boolean required) {

        /** A field the user sees: it has a label, a help text or must be filled in (not a text block or spacer). */
        boolean isField() {
            return labelled || description != null || required;
        }
    }
}
