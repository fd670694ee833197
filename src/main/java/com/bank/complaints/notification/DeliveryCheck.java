package com.bank.complaints.notification;

/**
 * Asks the mail side whether an e-mail reached it, by the stable Message-ID the outbox row gives it
 * ({@link EmailSender#messageId}). The outbox asks before it sends again a message whose last attempt
 * did not finish (its lease expired, or the server stopped answering after the message was handed over).
 * The embedded mail server answers from what it received; a bank plugs in its own (e.g. an IMAP search
 * of the relay's sent copies) as a bean of this type. Without one the answer is {@link Delivery#UNKNOWN}
 * and the outbox sends nothing twice: it leaves the row to a person (README, "Reliability").
 */
public interface DeliveryCheck {

    /** No way to ask: nothing is sent twice on a guess. */
    DeliveryCheck NONE = messageId -> Delivery.UNKNOWN;

    Delivery delivery(String messageId);

    enum Delivery {
        DELIVERED, NOT_DELIVERED, UNKNOWN
    }
}
