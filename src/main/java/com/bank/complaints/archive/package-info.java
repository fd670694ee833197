/**
 * Archive (R-REC-1): owns complaint_archive, the closed complaint's record with its history.
 * Offers the archive step of the lifecycle (archiveComplaintDelegate).
 */
package com.bank.complaints.archive;
