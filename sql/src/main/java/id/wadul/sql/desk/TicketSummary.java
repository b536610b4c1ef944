package id.wadul.sql.desk;

import java.time.Instant;

/** What the desk shows of a ticket of the flow: never the citizen's number. */
public record TicketSummary(long id, String number, String channel, String category, String state, boolean urgent,
        String text, String kecamatanName, String desaName, Instant createdAt) {
}
