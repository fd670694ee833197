/**
 * SLA clocks and deadlines (R-INTAKE-4, R-SLA-2): owns sla_clock, sla_pause, sla_due_change, sla_breach.
 * Offers SlaClocks, the deadlines bean used by the models, ClockAlert events and GET /api/complaints/{reference}/deadlines.
 */
package com.bank.complaints.sla;
