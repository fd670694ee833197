package com.bank.complaints.sla;

import org.springframework.stereotype.Component;

/** The reply is given: the REPLY clock stops. */
@Component("replyGiven")
class ReplyGiven extends ClockMilestone {

    ReplyGiven(SlaClocks clocks) {
        super(clocks, SlaClock.REPLY);
    }
}
