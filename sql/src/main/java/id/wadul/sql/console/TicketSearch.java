package id.wadul.sql.console;

import java.time.Instant;

/**
 * A search over every ticket; null fields do not filter. {@code text} matches anywhere in the complaint,
 * {@code citizenNumber} exactly (normalised, e.g. 6281234567890).
 *
 * @param everything true for triage staff: secret tickets of every channel; false: secret tickets only when
 *                   {@code station} (compared exactly) took them
 * @param from       created at or after, inclusive
 * @param to         created before, exclusive
 */
public record TicketSearch(String number, String text, String kecamatanCode, String desaCode, String category,
        String state, String unitCode, Instant from, Instant to, String citizenNumber, boolean everything,
        String station, int offset, int limit) {
}
