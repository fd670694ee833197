package com.bank.complaints.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.bank.complaints.ProductionStart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 17 point 1: outside the demo profile the core-banking system's address has no default. */
class CoreBankingSettingsTest {

    @Test
    @DisplayName("issue 17.1 the production profile without complaints.core-banking.url refuses to start, naming it")
    void productionWithoutTheBanksAddressDoesNotStart() {
        assertThat(ProductionStart.refusalWithout(HttpCoreBanking.URL)).hasMessageContaining(HttpCoreBanking.URL + " is not set");
    }
}
