package com.bank.complaints.caselibrary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.bank.complaints.intake.Product;
import com.bank.complaints.reporting.ReportFormat;
import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.InvalidInputException;

/**
 * The case library's query parameters as sent (so nothing fails before we can name the bad one):
 * product, category, cause (AXIS:CODE or CODE), remedy, q (free text), page (from 0), size, format.
 */
record LibraryParameters(String product, String category, String cause, String remedy, String q, String page,
        String size, String format) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final Set<String> AXES = Set.of("PROCESS", "STAFF", "SYSTEM");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    private static final Pattern REMEDY = Pattern.compile("[A-Z_]{1,30}");
    private static final int CATEGORY_LENGTH = 20;
    private static final int TEXT_LENGTH = 200;
    /** What the library masks cannot be searched for either, or the search would tell whose case it is (R-REC-2). */
    private static final Pattern PERSONAL = Pattern.compile("@|\\d(?:[ -]?\\d){6,}");

    /** The query, or a 400 naming every bad parameter. */
    LibraryQuery parse(String accept) {
        List<FieldError> errors = new ArrayList<>();
        String productFilter = product(errors);
        String categoryFilter = category(errors);
        String[] causeFilter = cause(errors);
        String remedyFilter = matching("remedy", remedy, REMEDY, "must be a remedy type such as REFUND", errors);
        String text = text(errors);
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        boolean csv = ReportFormat.wantsCsv(format, accept, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LibraryQuery(productFilter, categoryFilter, causeFilter[0], causeFilter[1], remedyFilter, text,
                pageNumber, pageSize, csv);
    }

    private String product(List<FieldError> errors) {
        if (blank(product)) {
            return null;
        }
        String value = product.trim().toUpperCase(Locale.ROOT);
        if (Arrays.stream(Product.values()).noneMatch(p -> p.name().equals(value))) {
            errors.add(new FieldError("product", "must be one of " + Arrays.stream(Product.values()).map(Enum::name)
                    .collect(Collectors.joining(", "))));
            return null;
        }
        return value;
    }

    private String category(List<FieldError> errors) {
        if (blank(category)) {
            return null;
        }
        if (category.trim().length() > CATEGORY_LENGTH) {
            errors.add(new FieldError("category", "must be at most " + CATEGORY_LENGTH + " characters"));
            return null;
        }
        return category.trim().toUpperCase(Locale.ROOT);
    }

    /** {axis or null, code}; both null without a cause. */
    private String[] cause(List<FieldError> errors) {
        if (blank(cause)) {
            return new String[2];
        }
        String value = cause.trim().toUpperCase(Locale.ROOT);
        int colon = value.indexOf(':');
        String axis = colon < 0 ? null : value.substring(0, colon);
        String code = value.substring(colon + 1);
        if ((axis != null && !AXES.contains(axis)) || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("cause", "must be a cause code, alone or after its axis (PROCESS, STAFF or SYSTEM)"
                    + " and a colon, such as SYSTEM:POSTING_ERROR"));
            return new String[2];
        }
        return new String[] {axis, code};
    }

    private String text(List<FieldError> errors) {
        if (blank(q)) {
            return null;
        }
        String value = q.trim();
        if (value.length() > TEXT_LENGTH) {
            errors.add(new FieldError("q", "must be at most " + TEXT_LENGTH + " characters"));
            return null;
        }
        if (PERSONAL.matcher(value).find()) {
            errors.add(new FieldError("q", "must not search for personal data (e-mail addresses, numbers of 7 or more digits)"));
            return null;
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String matching(String name, String value, Pattern pattern, String message, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (!pattern.matcher(upper).matches()) {
            errors.add(new FieldError(name, message));
            return null;
        }
        return upper;
    }

    private static int number(String name, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
