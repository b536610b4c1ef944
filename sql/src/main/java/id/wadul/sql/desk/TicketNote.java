package id.wadul.sql.desk;

import java.time.Instant;

/** A unit's step on a ticket (PROSES, SELESAI, TOLAK, ALIH, NOTE) as the presenter reads it out. */
public record TicketNote(long ticketId, Instant at, String kind, String unitCode, String unitName, String detail) {
}
