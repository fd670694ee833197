package com.bank.complaints.triage;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;

/** The classification a handler may correct, written the same way for the table's suggestion and the correction. */
final class Triage {

    private static final String[] CORRECTABLE = {Variables.SEVERITY, Variables.CATEGORY, Variables.SPECIAL_KIND,
            Variables.COMPLEXITY};

    private Triage() {
    }

    static ComplaintClassified classified(String reference, Map<String, Object> values) {
        return new ComplaintClassified(reference, text(values, Variables.SEVERITY), text(values, Variables.CATEGORY),
                text(values, Variables.SPECIAL_KIND), text(values, Variables.COMPLEXITY));
    }

    private static String text(Map<String, Object> values, String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    static String describe(Map<String, Object> values) {
        return Stream.of(CORRECTABLE).map(name -> name + "=" + values.get(name)).collect(Collectors.joining(", "));
    }
}
