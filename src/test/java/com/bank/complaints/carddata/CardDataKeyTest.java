package com.bank.complaints.carddata;

import static org.assertj.core.api.Assertions.assertThat;

import com.bank.complaints.ProductionStart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 point 6: outside the demo profile the card-data key has no default. */
class CardDataKeyTest {

    @Test
    @DisplayName("Issue 13 point 6, PCI DSS 3.4: the production profile without complaints.card-data.key refuses to start, naming it")
    void productionWithoutAKeyDoesNotStart() {
        assertThat(ProductionStart.refusalWithout(CardVault.KEY_PROPERTY)).hasMessageContaining(CardVault.KEY_PROPERTY + " is not set");
    }
}
