/**
 * Resolution (R-RES-1..4): owns remedy_decision, the append-only record of proposals and approvals.
 * Offers RemedyDecisions (the approved remedy) and the resolution stage's listeners (four eyes, proposals, approvals).
 */
package com.bank.complaints.resolution;
