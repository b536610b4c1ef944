package id.wadul.sql.label;

import java.time.Instant;

/**
 * A labelled complaint text. {@code id} is 0 before insert.
 *
 * @param source   import, triage, alih or selesai
 * @param ticketId the ticket the label came from; null for imported history
 */
public record LabelRow(long id, String text, String category, String source, Long ticketId, Instant createdAt) {
}
