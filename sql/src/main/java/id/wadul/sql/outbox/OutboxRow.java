package id.wadul.sql.outbox;

import java.time.Instant;

/**
 * One SMS to send. {@code id} is 0 before insert.
 *
 * @param eventKey  what caused it, e.g. {@code ticket:42:receipt}; unique together with the recipient
 * @param state     PENDING, SENDING, SENT or FAILED
 * @param attempts  how many times it was claimed for sending
 */
public record OutboxRow(
        long id,
        String eventKey,
        Long ticketId,
        String recipient,
        String text,
        String state,
        int attempts,
        Instant nextAttemptAt,
        Instant claimedAt,
        Instant sentAt,
        String account,
        String linkMessageIds,
        String lastError,
        Instant createdAt) {

    /** A new PENDING row, due now. */
    public static OutboxRow pending(String eventKey, Long ticketId, String recipient, String text, Instant now) {
        return new OutboxRow(0, eventKey, ticketId, recipient, text, "PENDING", 0, now, null, null, null, null,
                null, now);
    }
}
