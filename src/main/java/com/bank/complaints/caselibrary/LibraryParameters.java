package com.bank.complaints.caselibrary;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.bank.complaints.intake.Product;
import com.bank.complaints.reporting.ReportFormat;
import com.bank.complaints.system.Parameters;
import org.springframework.util.StringUtils;

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
        Parameters read = new Parameters();
        Product productFilter = read.choice("product", product, Product.class, null);
        String categoryFilter = read.code("category", category, CATEGORY_LENGTH);
        String[] causeFilter = cause(read);
        String remedyFilter = remedy(read);
        String text = text(read);
        int pageNumber = read.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = read.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        boolean csv = ReportFormat.wantsCsv(format, accept, read);
        read.validate();
        return new LibraryQuery(productFilter == null ? null : productFilter.name(), categoryFilter, causeFilter[0],
                causeFilter[1], remedyFilter, text, pageNumber, pageSize, csv);
    }

    /** {axis or null, code}; both null without a cause. */
    private String[] cause(Parameters read) {
        String value = upper(cause);
        if (value == null) {
            return new String[2];
        }
        int colon = value.indexOf(':');
        String axis = colon < 0 ? null : value.substring(0, colon);
        String code = value.substring(colon + 1);
        if ((axis != null && !AXES.contains(axis)) || !CODE.matcher(code).matches()) {
            read.reject("cause", "must be a cause code, alone or after its axis (PROCESS, STAFF or SYSTEM)"
                    + " and a colon, such as SYSTEM:POSTING_ERROR");
            return new String[2];
        }
        return new String[] {axis, code};
    }

    private String remedy(Parameters read) {
        String value = upper(remedy);
        if (value != null && !REMEDY.matcher(value).matches()) {
            read.reject("remedy", "must be a remedy type such as REFUND");
            return null;
        }
        return value;
    }

    private String text(Parameters read) {
        String value = read.text("q", q, TEXT_LENGTH);
        if (value != null && PERSONAL.matcher(value).find()) {
            read.reject("q", "must not search for personal data (e-mail addresses, numbers of 7 or more digits)");
            return null;
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** The value stripped and in upper case; null when blank. */
    private static String upper(String value) {
        return StringUtils.hasText(value) ? value.strip().toUpperCase(Locale.ROOT) : null;
    }
}
