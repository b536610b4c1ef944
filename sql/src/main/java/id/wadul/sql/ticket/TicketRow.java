package id.wadul.sql.ticket;

import java.time.Instant;

/**
 * A complaint as stored. {@code id} is 0 before insert.
 *
 * @param channel  {@code sms} or {@code radio}
 * @param textHash SHA-256 (hex) of the normalised text, for the repeat window
 * @param state    TRIAGE, OPEN, IN_PROGRESS, DONE or REJECTED
 */
public record TicketRow(
        long id,
        String number,
        String channel,
        String citizenNumber,
        String citizenName,
        boolean anonymous,
        boolean secret,
        boolean notifyCitizen,
        String text,
        String normalisedText,
        String textHash,
        String category,
        boolean urgent,
        boolean confident,
        String kecamatanCode,
        String kecamatanName,
        String desaCode,
        String desaName,
        String state,
        Instant dueAt,
        int escalations,
        Instant lastEscalatedAt,
        String operator,
        String station,
        Long inboundMessageId,
        Instant createdAt,
        Instant updatedAt) {

    public boolean closed() {
        return "DONE".equals(state) || "REJECTED".equals(state);
    }
}
