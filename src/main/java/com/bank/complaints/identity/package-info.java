/**
 * Staff, groups and what each may do: Camunda authorizations, Tasklist filters and their cards (the groups
 * working a complaint may read it while they do), demo users, logins.
 * Offers the security configuration of our API and the engine REST API, the desk's login page (/login, one
 * session with Camunda's webapps), StaffSession (who is logged in on a staff page), and reads Tasklist's
 * task saves without their output-only form reference.
 */
package com.bank.complaints.identity;
