package com.bank.complaints.vigilance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * complaints.vigilance.*: when complaints form a suspicious pattern (R-AN-5). A customer, phone or
 * e-mail address with {@code contactThreshold} complaints within {@code contactWindow}; or
 * {@code textThreshold} complaints within {@code textWindow} whose normalised grievances share at
 * least {@code textSimilarity} of their character trigrams (Jaccard). Identical normalised texts are
 * found in the whole window; edited ones among the window's latest {@code textCandidates} complaints,
 * which bounds the work per complaint on a peak day. A scan screens at most {@code batchSize}
 * complaints; the rest wait for the next (complaints.vigilance.scan.interval).
 */
@ConfigurationProperties("complaints.vigilance")
record VigilanceProperties(
        @DefaultValue("3") int contactThreshold,
        @DefaultValue("P30D") Duration contactWindow,
        @DefaultValue("5") int textThreshold,
        @DefaultValue("PT24H") Duration textWindow,
        @DefaultValue("0.8") double textSimilarity,
        @DefaultValue("2000") int textCandidates,
        @DefaultValue("500") int batchSize) {

    /** How far back a scan looks for complaints not screened yet: older ones can no longer start a pattern. */
    Duration lookback() {
        return contactWindow.compareTo(textWindow) >= 0 ? contactWindow : textWindow;
    }
}
