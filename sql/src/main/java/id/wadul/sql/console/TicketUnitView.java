package id.wadul.sql.console;

import java.time.Instant;

/** A unit a ticket was routed to, with its name, whether it still has the ticket, and since when. */
public record TicketUnitView(String unitCode, String unitName, boolean active, Instant routedAt) {
}
