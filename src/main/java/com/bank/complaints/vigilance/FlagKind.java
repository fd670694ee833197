package com.bank.complaints.vigilance;

/** What the complaints of a flag have in common. */
public enum FlagKind {
    CUSTOMER("from the same customer"),
    PHONE("from the same phone number"),
    EMAIL("from the same e-mail address"),
    TEXT("with near-identical text");

    private final String description;

    FlagKind(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
