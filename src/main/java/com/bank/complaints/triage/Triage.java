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

    static String describe(Map<String, Object> values) {
        return Stream.of(CORRECTABLE).map(name -> name + "=" + values.get(name)).collect(Collectors.joining(", "));
    }
}
