package com.bank.complaints.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.bank.complaints.system.CardNumbers;

/**
 * The log message ({@code %m}) without customers' personal data: e-mail addresses keep their first
 * character and domain ({@code l***@example.com}); card numbers keep their first 6 and last 4 digits,
 * as everywhere in the product ({@link CardNumbers}, issue 13 point 6); Chinese resident ID
 * numbers and any other number of 7 or more digits (phone numbers, a mistyped card number) keep
 * their last 4. Spaces and dashes inside a number stay where they were, so the shape of the value is
 * still readable. Dates such as 2026-10-15 are not numbers to mask.
 * Wired in logback-spring.xml; {@link MaskingThrowableConverter} does the same for stack traces.
 */
public class MaskingConverter extends ClassicConverter {

    private static final char MASK = '*';

    /** An e-mail address: the first character of the local part is kept, and the domain. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

    /** A Chinese resident ID number: region, birth date, sequence and check character (GB 11643). */
    private static final Pattern CHINESE_ID = Pattern.compile(
            "(?<![\\w-])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![\\w-])");

    /** Digits, maybe with a leading + and single spaces or dashes between them; not part of a word, id or decimal. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.+-])\\+?\\d(?:[ -]?\\d){6,}(?![\\w-]|\\.\\d)");

    /** A date (yyyy-MM-dd) at the start of such a number: left as it is. */
    private static final Pattern DATE = Pattern.compile("^(?:19|20)\\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\\d|3[01])(?!\\d)");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(event.getFormattedMessage());
    }

    /** The text with every e-mail address, ID, card and phone number in it masked. */
    public static String mask(String text) {
        if (text == null || !mayHoldPersonalData(text)) {
            return text;
        }
        String masked = replace(EMAIL.matcher(text), m -> m.group(1) + "***@" + m.group(2));
        masked = replace(CHINESE_ID.matcher(masked), m -> keepEnds(m.group(), 0, 4));
        masked = CardNumbers.maskIn(masked);
        return replace(NUMBER.matcher(masked), m -> number(m.group()));
    }

    private static String number(String number) {
        Matcher date = DATE.matcher(number);
        if (date.find()) {
            return date.group() + mask(number.substring(date.end()));
        }
        return keepEnds(number, 0, 4);
    }

    /** Every digit (and ID check character) masked but the first {@code first} and last {@code last} ones. */
    private static String keepEnds(String value, int first, int last) {
        int total = (int) value.chars().filter(MaskingConverter::isMaskable).count();
        StringBuilder out = new StringBuilder(value.length());
        int seen = 0;
        for (char c : value.toCharArray()) {
            if (isMaskable(c)) {
                seen++;
                out.append(seen <= first || seen > total - last ? c : MASK);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isMaskable(int c) {
        return Character.isDigit(c) || c == 'X' || c == 'x';
    }

    /** Cheap test first: most log lines have neither an @ nor 7 digits, and skip the regular expressions. */
    private static boolean mayHoldPersonalData(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || (Character.isDigit(c) && ++digits >= 7)) {
                return true;
            }
        }
        return false;
    }

    private static String replace(Matcher matcher, java.util.function.Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        return matcher.appendTail(out).toString();
    }
}
