/**
 * Messages to customers and staff: owns notification (the outbox, one row per message, leased while it is sent).
 * Offers CustomerNotices, StaffNotices, the notification delegates, the embedded mail server and /mail (demo),
 * and DeliveryCheck, the port for a "was this Message-ID delivered?" lookup (GreenMail, IMAP, or the bank's own).
 */
package com.bank.complaints.notification;
