/**
 * Staff, groups and what each may do: Camunda authorizations, Tasklist filters, demo users, logins.
 * Offers the security configuration of our API and the engine REST API.
 */
package com.bank.complaints.identity;
