/**
 * Messages to customers and staff: owns notification (the outbox, one row per message, leased while it is sent).
 * Offers CustomerNotices, StaffNotices, the notification delegates, the embedded mail server and /mail (demo),
 * and DeliveryCheck, the port a bank plugs its "was this Message-ID delivered?" lookup into.
 */
package com.bank.complaints.notification;
