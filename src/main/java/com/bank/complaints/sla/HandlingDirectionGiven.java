package com.bank.complaints.sla;

import org.springframework.stereotype.Component;

/** The first answer, which names the handling direction, is sent (R-TRIAGE-4): the HANDLING_DIRECTION clock stops. */
@Component("handlingDirectionGiven")
class HandlingDirectionGiven extends ClockMilestone {

    HandlingDirectionGiven(SlaClocks clocks) {
        super(clocks, SlaClock.HANDLING_DIRECTION);
    }
}
