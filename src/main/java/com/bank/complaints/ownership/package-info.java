/**
 * First-contact ownership (R-INTAKE-5): owns case_handover. The intake agent who took the first contact owns the case
 * until a recorded hand-over; the owner is told of every customer reply.
 * Offers GET /api/complaints/{reference}/ownership and POST /api/complaints/{reference}/ownership/handover.
 */
package com.bank.complaints.ownership;
