/**
 * Resolution (R-RES-1..4): owns remedy_decision, the append-only record of proposals, approvals and the
 * customer's choice, and remedy_option, the up to three options of a proposal (option 1 is also its
 * PROPOSED row). Several options are approved together; the customer's choice (through the signed link or
 * recorded by the handler) is appended as a CHOSEN row copying that option, which is what execution pays.
 * Offers RemedyDecisions (the approved remedy, the offer and its options) and the resolution stage's
 * listeners (four eyes, proposals, approvals, the customer's choice).
 */
package com.bank.complaints.resolution;
