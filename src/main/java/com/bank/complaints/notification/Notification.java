package com.bank.complaints.notification;

/** One message to one customer about one complaint; its key makes sending it idempotent. */
record Notification(String reference, String kind, String medium, String recipient) {

    String key() {
        return kind + ":" + medium + ":" + reference;
    }
}
