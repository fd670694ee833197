package com.bank.complaints.system;

import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * R-REC-2, R-AN-4: text that people beyond the case's handlers read (the case library, pattern
 * flags), without personal data. Unlike the log masking ({@code system.MaskingConverter}), which
 * keeps the last digits so operators can tell values apart, nothing of a value survives here:
 * training material needs none of it, so each value becomes a placeholder that still tells the
 * reader what kind of thing stood there.
 *
 * <p>First the customer's own name, phone, e-mail, card or contract number and customer id as
 * recorded on the complaint, wherever they occur (numbers also when written with other spaces or
 * dashes, a phone also with +86); then any e-mail address, Chinese resident ID number and run of 7
 * or more digits (single spaces or dashes between them). Amounts such as 1,000.00 or 800 and dates
 * such as 2026-10-15 stay.
 */
@Service
public class PersonalDataMasking {

    public static final String NAME = "[name]";
    public static final String PHONE = "[phone]";
    public static final String EMAIL = "[email]";
    public static final String CARD = "[card]";
    public static final String ID = "[id]";
    public static final String NUMBER = "[number]";

    private static final Pattern ANY_EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** A Chinese resident ID number: region, birth date, sequence and check character (GB 11643). */
    private static final Pattern CHINESE_ID = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])");

    /**
     * 7 or more digits, maybe with a leading + and single spaces or dashes between them; not part of
     * a word, a decimal or a grouped amount, and not starting with a date.
     */
    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![\\w.,])(?!(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}(?!\\d))\\+?\\d(?:[ -]?\\d){6,}(?![\\w]|[.,]\\d)");

    /** A Chinese mobile number (11 digits from 1) or a number with an area code (from 0). */
    private static final Pattern PHONE_SHAPE = Pattern.compile("1\\d{10}|0\\d{6,11}");

    /** The customer's own data as recorded on the complaint; any of it may be null. */
    public record Complainant(String customerId, String name, String phone, String email, String cardOrContractNumber) {
    }

    /** The text with the complainant's and any other personal data replaced by placeholders. */
    public String mask(String text, Complainant who) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String masked = text;
        masked = replaceAll(masked, literal(who.email()), EMAIL);
        // card numbers are stored masked (issue 13 point 6): even their first 6 and last 4 digits stay out
        masked = CardNumbers.replaceMasked(masked, CARD);
        masked = replaceAll(masked, spaced(who.cardOrContractNumber()), CARD);
        masked = replaceAll(masked, spaced(who.customerId()), ID);
        masked = replaceAll(masked, phone(who.phone()), PHONE);
        masked = replaceAll(masked, name(who.name()), NAME);
        masked = ANY_EMAIL.matcher(masked).replaceAll(EMAIL);
        masked = CHINESE_ID.matcher(masked).replaceAll(ID);
        return replace(DIGIT_RUN.matcher(masked), m -> digitRun(m.group()));
    }

    private static String digitRun(String run) {
        String digits = run.replaceAll("\\D", "");
        if (run.startsWith("+") || PHONE_SHAPE.matcher(digits).matches()) {
            return PHONE;
        }
        return digits.length() >= 13 && digits.length() <= 19 ? CARD : NUMBER;
    }

    private static Pattern literal(String value) {
        return StringUtils.hasText(value) ? Pattern.compile(Pattern.quote(value.trim()), Pattern.CASE_INSENSITIVE) : null;
    }

    /** The name as a whole, any run of spaces inside it; Latin letters at its ends must not continue a word. */
    private static Pattern name(String name) {
        if (!StringUtils.hasText(name) || name.trim().length() < 2) {
            return null;
        }
        String body = Arrays.stream(name.trim().split("\\s+")).map(Pattern::quote)
                .collect(Collectors.joining("\\s+"));
        return Pattern.compile("(?<![A-Za-z0-9])" + body + "(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Letters and digits of the value, written with or without single spaces or dashes between them. */
    private static Pattern spaced(String value) {
        String chars = StringUtils.hasText(value) ? value.replaceAll("[^\\p{L}\\p{N}]", "") : "";
        if (chars.length() < 4) {
            return null;
        }
        return Pattern.compile("(?<![A-Za-z0-9])" + joined(chars) + "(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The digits of the phone, with or without the country code 86 (and a +) in front. */
    private static Pattern phone(String phone) {
        String digits = StringUtils.hasText(phone) ? phone.replaceAll("\\D", "") : "";
        String national = digits.length() > 11 && digits.startsWith("86") ? digits.substring(2) : digits;
        if (national.length() < 7) {
            return null;
        }
        return Pattern.compile("(?<![\\d+])(?:\\+?86[ -]?)?" + joined(national) + "(?!\\d)");
    }

    private static String joined(String chars) {
        return chars.codePoints().mapToObj(c -> Pattern.quote(new String(Character.toChars(c))))
                .collect(Collectors.joining("[ -]?"));
    }

    private static String replaceAll(String text, Pattern pattern, String placeholder) {
        return pattern == null ? text : pattern.matcher(text).replaceAll(Matcher.quoteReplacement(placeholder));
    }

    private static String replace(Matcher matcher, Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        return matcher.appendTail(out).toString();
    }
}
