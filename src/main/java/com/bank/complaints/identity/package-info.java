/**
 * Staff, groups and what each may do: Camunda authorizations, Tasklist filters, demo users, logins.
 * Offers the security configuration of our API and the engine REST API, the desk's login page (/login, one
 * session with Camunda's webapps) and StaffSession (who is logged in on a staff page).
 */
package com.bank.complaints.identity;
