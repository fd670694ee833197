/**
 * The customer's side (no login): status look-up, signed links, answers and evidence.
 * Offers SignedLinks for the notices, CustomerResponses, /status.html, /customer/respond, the evidence API.
 */
package com.bank.complaints.customer;
