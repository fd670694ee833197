package com.bank.complaints.carddata;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.system.CardNumbers;

/**
 * The process variables that may hold a card number and how each is masked: the card or contract
 * number, and the customer's free texts from intake, as intake masks them since issue 13 point 6.
 */
final class CardVariables {

    static final List<String> NAMES = List.of(Variables.CARD_OR_CONTRACT_NUMBER, Variables.GRIEVANCE,
            Variables.EXPECTED_OUTCOME);

    private CardVariables() {
    }

    static boolean holdsCardData(String variableName) {
        return NAMES.contains(variableName);
    }

    /** The value with its card numbers masked; a masked value stays as it is. */
    static String masked(String variableName, String value) {
        if (Variables.CARD_OR_CONTRACT_NUMBER.equals(variableName) && CardNumbers.isCardNumber(value)) {
            return CardNumbers.visible(value);
        }
        return CardNumbers.maskIn(value);
    }

    /**
     * A value stored as bytes (a Json, Object or bytes variable) with its card numbers masked in place.
     * Read as ISO-8859-1, every byte is one character and back, and masking keeps the length, so a
     * serialized value stays readable.
     */
    static byte[] masked(byte[] value) {
        if (value == null) {
            return null;
        }
        String text = new String(value, StandardCharsets.ISO_8859_1);
        String masked = CardNumbers.maskIn(text);
        return masked.equals(text) ? value : masked.getBytes(StandardCharsets.ISO_8859_1);
    }
}
