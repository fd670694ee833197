/**
 * Authority rules inside the engine: owns lifecycle_instance (one lifecycle per reference) and attachment_author.
 * Offers an engine plugin: tasks write only their form's fields, complaints start only through intake, tasks go only to their candidates, and their dates are set by those who work them.
 */
package com.bank.complaints.authority;
