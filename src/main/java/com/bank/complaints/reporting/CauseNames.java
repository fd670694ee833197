package com.bank.complaints.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.bank.complaints.rootcause.Axis;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The names of the root causes, as the handlers choose them: the options of forms/record-root-cause.form,
 * labelled "English / 中文" by the analysts who keep the list. A cause the analysts add there is named on the
 * dashboard at once, with no change here; a code no longer in the form shows as its code.
 */
@Component
class CauseNames {

    static final String FORM = "forms/record-root-cause.form";
    private static final String SEPARATOR = " / ";

    private final Map<Axis, Map<String, Name>> names;

    CauseNames(ObjectMapper json) {
        this.names = read(json);
    }

    /** The cause's name in the language (Chinese for zh, English otherwise), if the form names it. */
    Optional<String> name(String axis, String code, Locale locale) {
        Axis known = Axis.valueOf(axis);
        return Optional.ofNullable(names.get(known).get(code)).map(name -> name.in(locale));
    }

    private static Map<Axis, Map<String, Name>> read(ObjectMapper json) {
        JsonNode form;
        try (InputStream in = new ClassPathResource(FORM).getInputStream()) {
            form = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The root-cause form is missing from the classpath: " + FORM, e);
        }
        Map<Axis, Map<String, Name>> byAxis = new EnumMap<>(Axis.class);
        for (Axis axis : Axis.values()) {
            Map<String, Name> options = new HashMap<>();
            for (JsonNode component : form.path("components")) {
                if (axis.variable().equals(component.path("key").asText())) {
                    for (JsonNode option : component.path("values")) {
                        options.put(option.path("value").asText(), Name.of(option.path("label").asText()));
                    }
                }
            }
            byAxis.put(axis, Map.copyOf(options));
        }
        return byAxis;
    }

    /** A label "English / 中文" split in its two languages; a label without the separator serves both. */
    private record Name(String english, String chinese) {

        static Name of(String label) {
            int separator = label.lastIndexOf(SEPARATOR);
            return separator < 0 ? new Name(label, label)
                    : new Name(label.substring(0, separator).strip(), label.substring(separator + SEPARATOR.length()).strip());
        }

        String in(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? chinese : english;
        }
    }
}
