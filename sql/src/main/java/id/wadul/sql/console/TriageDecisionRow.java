package id.wadul.sql.console;

import java.time.Instant;

/**
 * One decision of the triage queue with what the system had suggested. Units are comma-separated unit codes.
 * {@code id} is 0 before insert.
 *
 * @param action RELEASE, MERGE, SPAM or ASK
 */
public record TriageDecisionRow(long id, long ticketId, String action, String suggestedCategory,
        String suggestedKecamatan, String suggestedDesa, String suggestedUnits, Double suggestedScore,
        String chosenCategory, String chosenKecamatan, String chosenDesa, String chosenUnits, Long mergedIntoId,
        String detail, String decidedBy, Instant decidedAt) {
}
