package id.wadul.sql.ticket;

import java.time.Instant;

/** One unit a ticket is routed to, as {@link TicketMapper#addUnits} writes it (active). */
public record TicketUnitRow(long ticketId, String unitCode, Instant routedAt) {
}
