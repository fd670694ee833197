/**
 * Messages to customers and staff: owns notification (the outbox, one row per message).
 * Offers CustomerNotices, StaffNotices, the notification delegates, the embedded mail server and /mail (demo).
 */
package com.bank.complaints.notification;
