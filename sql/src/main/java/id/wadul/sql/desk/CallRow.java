package id.wadul.sql.desk;

import java.time.Instant;

/** A call logged at the desk ({@code desk_call}) and the ticket it opened or was linked to. */
public record CallRow(long id, long ticketId, String ticketNumber, boolean linked, String operator, String station,
        String callerName, String citizenNumber, boolean notifyCitizen, String kecamatanCode, String desaCode,
        String text, String category, boolean urgent, boolean emergency, boolean anonymous, boolean secret,
        Instant createdAt) {
}
