package com.bank.complaints.vigilance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-AN-5: what counts as near-identical text. */
class TextSimilarityTest {

    @Test
    @DisplayName("R-AN-5 case, spaces, punctuation, digits and the customer's own name do not count")
    void normalisation() {
        assertThat(TextSimilarity.normalise("I, Wang Fang, paid 128.50 CNY twice!", "Wang Fang"))
                .isEqualTo(TextSimilarity.normalise("i  zhang wei paid 99 cny TWICE", "Zhang Wei"))
                .isEqualTo("ipaidcnytwice");
        assertThat(TextSimilarity.normalise("客户王芳：手续费被重复扣收了3次。", "王芳")).isEqualTo("客户手续费被重复扣收了次");
    }

    @Test
    @DisplayName("R-AN-5 a small edit keeps two texts similar; a different complaint is not")
    void similarity() {
        var campaign = TextSimilarity.shingles(TextSimilarity.normalise(
                "The bank must refund the installment fee now or we go to the regulator together", null));
        var edited = TextSimilarity.shingles(TextSimilarity.normalise(
                "The bank must refund the installment fee right now or we go to the regulator together", null));
        var other = TextSimilarity.shingles(TextSimilarity.normalise(
                "My credit card was stolen and someone used it at a mall", null));

        assertThat(TextSimilarity.jaccard(campaign, campaign)).isEqualTo(1.0);
        assertThat(TextSimilarity.jaccard(campaign, edited)).isGreaterThanOrEqualTo(0.8);
        assertThat(TextSimilarity.jaccard(campaign, other)).isLessThan(0.2);
    }
}
