package com.bank.complaints.vigilance;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * R-AN-5: when two grievances say the same thing. Both are normalised (lower case, the customer's
 * own name taken out, then only letters kept: no digits, punctuation or spaces, so names, amounts,
 * dates and layout do not matter) and compared by their character trigrams, which works for Chinese
 * and English alike and tolerates small edits.
 */
final class TextSimilarity {

    private static final int SHINGLE = 3;

    private TextSimilarity() {
    }

    static String normalise(String text, String customerName) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (customerName != null && !customerName.isBlank()) {
            lower = Pattern.compile(Pattern.quote(customerName.trim().toLowerCase(Locale.ROOT))).matcher(lower).replaceAll("");
        }
        StringBuilder letters = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.toString();
    }

    static Set<String> shingles(String normalised) {
        Set<String> shingles = new HashSet<>();
        if (normalised.length() <= SHINGLE) {
            shingles.add(normalised);
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= normalised.length(); i++) {
            shingles.add(normalised.substring(i, i + SHINGLE));
        }
        return shingles;
    }

    /** Shared trigrams over all trigrams of the two texts: 1 for the same text, 0 for nothing in common. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }
}
