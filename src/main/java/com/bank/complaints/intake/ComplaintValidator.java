package com.bank.complaints.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.bank.complaints.system.CardNumbers;
import com.bank.complaints.carddata.CardVault;
import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.InvalidInputException;
import com.bank.complaints.system.TextInput;
import org.springframework.stereotype.Component;

/**
 * The one set of intake checks (R-INTAKE-2), shared by the channel API and the Tasklist start form:
 * it names every bad field and why. What it accepts holds no card number in clear (issue 13 point 6).
 */
@Component
public class ComplaintValidator {

    static final BigDecimal MAX_DISPUTED_AMOUNT = new BigDecimal("10000000.00");
    static final int MAX_GRIEVANCE_LENGTH = 4000;
    private static final LocalDate EARLIEST_TRANSACTION = LocalDate.of(1990, 1, 1);
    private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 -]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CARD_OR_CONTRACT = Pattern.compile("[A-Za-z0-9 -]{6,40}");
    private static final Pattern MESSAGE_ID = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final BusinessTime time;
    private final CardVault cards;

    public ComplaintValidator(BusinessTime time, CardVault cards) {
        this.time = time;
        this.cards = cards;
    }

    public NewComplaint validate(ComplaintSubmission s) {
        Checks c = new Checks();
        Channel channel = c.oneOf("channel", s.channel(), Channel.class, true);
        String messageId = c.matching("channelMessageId", s.channelMessageId(), false, MESSAGE_ID,
                "must be 1 to 100 visible ASCII characters without spaces");
        Language language = c.oneOf("language", s.language(), Language.class, false);
        String customerId = c.matching("customerId", s.customerId(), true, CUSTOMER_ID,
                "must be 1 to 40 letters, digits or '-'");
        String customerName = c.text("customerName", s.customerName(), true, 100, false);
        String phone = c.matching("customerPhone", s.customerPhone(), false, PHONE,
                "must be a phone number of 7 to 20 digits, spaces or '-', optionally starting with '+'");
        String email = c.text("customerEmail", s.customerEmail(), false, 200, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            c.error("customerEmail", "must be an e-mail address like name@example.com");
        }
        if (blank(s.customerPhone()) && blank(s.customerEmail())) {
            c.error("customerPhone", "a phone number or an e-mail address (customerEmail) is required to reach the customer");
        }
        String cardOrContract = c.matching("cardOrContractNumber", s.cardOrContractNumber(), true, CARD_OR_CONTRACT,
                "must be 6 to 40 letters, digits, spaces or '-'");
        if (CardNumbers.looksLikeMistypedCardNumber(cardOrContract)) {
            // stored as it is, a card number with one wrong digit would give most of the real one away
            c.error("cardOrContractNumber", "looks like a card number but fails its check digit (Luhn): please check it");
        }
        Product product = c.oneOf("product", s.product(), Product.class, true);
        String period = c.text("businessPeriod", s.businessPeriod(), false, 100, false);
        LocalDate transactionDate = c.date("transactionDate", s.transactionDate(), time.today());
        String grievance = c.text("grievance", s.grievance(), true, MAX_GRIEVANCE_LENGTH, true);
        String expected = c.text("expectedOutcome", s.expectedOutcome(), true, 1000, true);
        BigDecimal amount = c.amount("disputedAmount", s.disputedAmount());
        EmotionalState emotion = c.oneOf("emotionalState", s.emotionalState(), EmotionalState.class, false);
        CustomerSegment segment = c.oneOf("customerSegment", s.customerSegment(), CustomerSegment.class, false);
        AgeBand ageBand = c.oneOf("customerAgeBand", s.customerAgeBand(), AgeBand.class, false);

        if (!c.errors.isEmpty()) {
            throw new InvalidInputException(c.errors);
        }
        // PCI DSS 3.4: from here on a card number exists masked, and in full only encrypted for the execution step
        return new NewComplaint(channel, messageId, language == null ? Language.ZH : language, customerId,
                customerName, phone, email, CardNumbers.visible(cardOrContract), product, period, transactionDate,
                CardNumbers.maskIn(grievance), CardNumbers.maskIn(expected), amount, emotion, segment, ageBand,
                CardNumbers.isCardNumber(cardOrContract) ? cards.encrypt(cardOrContract) : null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Collects the errors of one submission. */
    private static final class Checks {
        private final List<FieldError> errors = new ArrayList<>();

        void error(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        String text(String field, String raw, boolean required, int maxLength, boolean multiLine) {
            return TextInput.text(field, raw, required, maxLength, multiLine, errors);
        }

        String matching(String field, String raw, boolean required, Pattern pattern, String rule) {
            if (blank(raw)) {
                if (required) {
                    error(field, "is required");
                }
                return null;
            }
            String value = raw.strip();
            if (!pattern.matcher(value).matches()) {
                error(field, rule);
                return null;
            }
            return value;
        }

        <E extends Enum<E>> E oneOf(String field, String raw, Class<E> type, boolean required) {
            if (blank(raw)) {
                if (required) {
                    error(field, "is required; one of " + names(type));
                }
                return null;
            }
            String wanted = raw.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
            error(field, "'" + abbreviate(raw) + "' is not one of " + names(type));
            return null;
        }

        LocalDate date(String field, String raw, LocalDate today) {
            if (blank(raw)) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(raw.strip());
            } catch (DateTimeParseException e) {
                error(field, "must be a date as yyyy-MM-dd");
                return null;
            }
            if (date.isAfter(today)) {
                error(field, "must not be in the future");
                return null;
            }
            if (date.isBefore(EARLIEST_TRANSACTION)) {
                error(field, "must not be before " + EARLIEST_TRANSACTION);
                return null;
            }
            return date;
        }

        BigDecimal amount(String field, String raw) {
            if (blank(raw)) {
                return null;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(raw.strip());
            } catch (NumberFormatException e) {
                error(field, "must be an amount in CNY such as 1280.50");
                return null;
            }
            if (amount.signum() < 0) {
                error(field, "must not be negative");
            } else if (amount.compareTo(MAX_DISPUTED_AMOUNT) > 0) {
                error(field, "must be at most " + MAX_DISPUTED_AMOUNT.toPlainString() + " CNY");
            } else if (amount.stripTrailingZeros().scale() > 2) {
                error(field, "must have at most 2 decimal places (fen)");
            } else {
                return amount.setScale(2);
            }
            return null;
        }

        private static String names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }

        private static String abbreviate(String raw) {
            return raw.length() <= 40 ? raw : raw.substring(0, 40) + "...";
        }
    }
}
