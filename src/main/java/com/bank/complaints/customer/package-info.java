/**
 * The customer's side (no login): status look-up, signed links, answers and evidence.
 * Offers SignedLinks for the notices, CustomerResponses (announcing each answer taken as CustomerReplied), /status.html,
 * /customer/respond, the evidence API.
 */
package com.bank.complaints.customer;
