package com.bank.complaints.sla;

import org.springframework.stereotype.Component;

/** The preliminary solution has reached the customer (R-TRIAGE-4): the URGENT_PRELIMINARY clock stops. */
@Component("preliminarySolutionSent")
class PreliminarySolutionSent extends ClockMilestone {

    PreliminarySolutionSent(SlaClocks clocks) {
        super(clocks, SlaClock.URGENT_PRELIMINARY);
    }
}
