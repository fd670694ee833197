package com.bank.complaints.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What a card number (PAN) is and how it is shown (issue 13 point 6, PCI DSS 3.4): 13 to 19 digits,
 * maybe with spaces or dashes between them, that pass the Luhn check. Shown or stored, it keeps its
 * first 6 and last 4 digits and the digits between become '*'. The one rule of the product: intake,
 * the engine's history, the log ({@code system.MaskingConverter}), the case library and the masking of
 * data stored before use it.
 */
public final class CardNumbers {

    private static final char MASK = '*';
    private static final int FIRST = 6;
    private static final int LAST = 4;
    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;

    /**
     * Groups of digits with one kind of separator between them (single spaces, or single dashes: a date
     * before a card number stays apart from it). Not part of a word, an id such as CC-20261123-000042 or
     * INST-2026-000731, a phone number written with + or a number masked already.
     */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\w*+-])\\d+(?:([ -])\\d+(?:\\1\\d+)*)?(?![\\w*])");

    /** A field written the way a card number is: digits with any spaces or dashes between them, nothing else. */
    private static final Pattern CARD_SHAPE = Pattern.compile("\\d[\\d -]*\\d");

    /** A card number masked by this class: 6 digits, 3 to 9 '*', 4 digits, with or without its spaces or dashes. */
    private static final Pattern MASKED = Pattern.compile(
            "(?<![\\w*+-])\\d(?:[ -]?\\d){5}(?:[ -]?\\*){3,9}(?:[ -]?\\d){4}(?![\\w*])");

    private CardNumbers() {
    }

    /** True when the whole value is a card number. */
    public static boolean isCardNumber(String value) {
        return value != null && CARD_SHAPE.matcher(value.strip()).matches() && isPan(digits(value));
    }

    /**
     * True when the value is written like a card number (13 to 19 digits, spaces or dashes) but fails
     * the Luhn check: a card number with a typo, most likely, which must not be stored as it is.
     */
    public static boolean looksLikeMistypedCardNumber(String value) {
        if (value == null || !CARD_SHAPE.matcher(value.strip()).matches()) {
            return false;
        }
        String digits = digits(value);
        return digits.length() >= MIN_DIGITS && digits.length() <= MAX_DIGITS && !luhn(digits);
    }

    /** The digits of the value, as the card account system knows the number. */
    public static String digits(String value) {
        return value.replaceAll("\\D", "");
    }

    /**
     * The card or contract number as it is shown and stored: a card number as its first 6 and last 4
     * digits without spaces or dashes ({@code 622202******1234}), anything else as it is.
     */
    public static String visible(String cardOrContractNumber) {
        if (!isCardNumber(cardOrContractNumber)) {
            return cardOrContractNumber;
        }
        String digits = digits(cardOrContractNumber);
        return digits.substring(0, FIRST) + String.valueOf(MASK).repeat(digits.length() - FIRST - LAST)
                + digits.substring(digits.length() - LAST);
    }

    /**
     * The text with every card number in it masked in place: the digits between the first 6 and the
     * last 4 become '*', spaces and dashes stay. The length stays too, so a text keeps within its
     * column and a serialized value (bytes read as ISO-8859-1) stays readable. Masking twice changes nothing.
     */
    public static String maskIn(String text) {
        if (text == null || !hasEnoughDigits(text)) {
            return text;
        }
        Matcher run = DIGIT_RUN.matcher(text);
        StringBuilder out = null;
        while (run.find()) {
            String masked = maskRun(run.group());
            if (!masked.equals(run.group())) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.replace(run.start(), run.end(), masked);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text with every masked card number (as {@link #visible} or {@link #maskIn} write it) replaced. */
    public static String replaceMasked(String text, String replacement) {
        return text == null ? null : MASKED.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /**
     * Masks the card numbers in a run of digits. A run may hold more than a card number (the card and
     * then "12 periods"), so every stretch of whole groups is tried, the longest from the left first.
     */
    private static String maskRun(String run) {
        if (digitCount(run, 0, run.length()) < MIN_DIGITS) {
            return run;
        }
        int[] starts = groupStarts(run);
        char[] out = run.toCharArray();
        int from = 0;
        while (from < starts.length) {
            int masked = maskFrom(run, starts, from, out);
            from = masked < 0 ? from + 1 : masked;
        }
        return new String(out);
    }

    /** Masks the longest card number that starts at group {@code from}; the group after it, or -1 when there is none. */
    private static int maskFrom(String run, int[] starts, int from, char[] out) {
        for (int to = starts.length; to > from; to--) {
            int begin = starts[from];
            int end = to == starts.length ? run.length() : starts[to] - 1;
            String digits = digits(run.substring(begin, end));
            if (isPan(digits)) {
                int seen = 0;
                for (int i = begin; i < end; i++) {
                    if (Character.isDigit(out[i])) {
                        seen++;
                        if (seen > FIRST && seen <= digits.length() - LAST) {
                            out[i] = MASK;
                        }
                    }
                }
                return to;
            }
        }
        return -1;
    }

    /** Where each group of digits (between spaces or dashes) starts. */
    private static int[] groupStarts(String run) {
        return IntStream.range(0, run.length())
                .filter(i -> i == 0 || !Character.isDigit(run.charAt(i - 1)))
                .toArray();
    }

    private static boolean isPan(String digits) {
        return digits.length() >= MIN_DIGITS && digits.length() <= MAX_DIGITS && luhn(digits);
    }

    /** The Luhn (mod 10) check every card number passes. */
    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitCount(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** Cheap test first: most texts have fewer than 13 digits and skip the regular expression. */
    private static boolean hasEnoughDigits(String text) {
        return digitCount(text, 0, text.length()) >= MIN_DIGITS;
    }
}
