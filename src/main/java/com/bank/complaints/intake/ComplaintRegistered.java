package com.bank.complaints.intake;

import java.time.Instant;

/**
 * A complaint was registered; published inside intake's transaction, so what listeners write commits
 * or rolls back with the complaint.
 */
public record ComplaintRegistered(String reference, Instant receivedAt) {
}
