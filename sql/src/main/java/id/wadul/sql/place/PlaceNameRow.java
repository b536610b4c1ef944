package id.wadul.sql.place;

import java.time.Instant;

/**
 * A place name the office taught for a desa. {@code id} is 0 before insert.
 *
 * @param name     the phrase as the location matcher reads it (normalised words, single spaces)
 * @param source   triage, ticket or console
 * @param ticketId the ticket whose text it was captured from; null when added by hand
 */
public record PlaceNameRow(long id, String name, String desaCode, String kecamatanCode, String source, Long ticketId,
        String createdBy, Instant createdAt) {
}
