package id.wadul.sql.incident;

/**
 * A ticket put into an incident.
 *
 * @param member false for the incident's head (its first ticket), true for a ticket that joined it
 */
public record IncidentLink(long ticketId, long incidentId, boolean member) {
}
