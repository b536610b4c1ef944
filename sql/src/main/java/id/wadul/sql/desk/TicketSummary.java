package id.wadul.sql.desk;

import java.time.Instant;

/**
 * What the desk reads of a ticket of the flow: never the citizen's number.
 *
 * @param station the radio station that took the call, or null (SMS)
 */
public record TicketSummary(long id, String number, String channel, String category, String state, boolean urgent,
        String text, String kecamatanName, String desaName, Instant createdAt, boolean secret, String station) {

    /** True when {@code deskStation} (compared exactly) took this ticket at its desk. */
    public boolean takenBy(String deskStation) {
        return "radio".equals(channel) && station != null && station.equals(deskStation);
    }
}
