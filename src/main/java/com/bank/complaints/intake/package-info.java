/**
 * Intake of complaints from every channel (R-INTAKE-1..3): owns complaint and reference_counter.
 * Offers POST /api/complaints, IntakeService, ComplaintRepository (read) and the start-form listener.
 */
package com.bank.complaints.intake;
