package com.bank.complaints.sla;

import org.springframework.stereotype.Component;

/** The first clear answer has been sent to the customer (R-INTAKE-4): the FIRST_RESPONSE clock stops. */
@Component("firstResponseGiven")
class FirstResponseGiven extends ClockMilestone {

    FirstResponseGiven(SlaClocks clocks) {
        super(clocks, SlaClock.FIRST_RESPONSE);
    }
}
