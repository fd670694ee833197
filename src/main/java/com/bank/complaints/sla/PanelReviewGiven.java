package com.bank.complaints.sla;

import org.springframework.stereotype.Component;

/** The panel's opinions are in (end of SubProcess_PanelReview, R-RES-4): the PANEL_REVIEW clock stops. */
@Component("panelReviewGiven")
class PanelReviewGiven extends ClockMilestone {

    PanelReviewGiven(SlaClocks clocks) {
        super(clocks, SlaClock.PANEL_REVIEW);
    }
}
