package id.wadul.sql.incident;

import java.time.Instant;

/**
 * An open ticket a new report may join: a lone ticket or an incident's head (its first ticket).
 *
 * @param incidentId the head's id when it heads an incident already, else null
 * @param reports    tickets in its incident (1 for a lone ticket)
 */
public record IncidentCandidate(long id, String number, Long incidentId, String citizenNumber, String category,
        String kecamatanCode, String desaCode, String normalisedText, boolean urgent, Instant createdAt, int reports) {
}
