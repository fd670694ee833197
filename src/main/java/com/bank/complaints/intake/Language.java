package com.bank.complaints.intake;

import java.util.Locale;

/** The language the customer is written to in. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
