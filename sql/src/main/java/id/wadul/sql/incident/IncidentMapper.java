package id.wadul.sql.incident;

import id.wadul.sql.JsonRows;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Incidents: tickets of different citizens about the same thing, named by their first ticket (the head). */
public interface IncidentMapper {

    /**
     * The open (OPEN, IN_PROGRESS), not secret heads and lone tickets of the keys' categories and kecamatan
     * created at or after {@code since}, oldest first, each with the count of its incident's tickets. The list
     * must not be empty.
     */
    default List<IncidentCandidate> candidates(Collection<IncidentKey> keys, Instant since) {
        List<IncidentCandidate> rows = new ArrayList<>(candidateRows(JsonRows.of(keys), since));
        rows.sort(Comparator.comparing(IncidentCandidate::createdAt).thenComparingLong(IncidentCandidate::id));
        return rows;
    }

    List<IncidentCandidate> candidateRows(@Param("keys") String keys, @Param("since") Instant since);

    /** Puts each ticket into its incident, in one statement. The list must not be empty. */
    default int link(Collection<IncidentLink> links) {
        return linkRows(JsonRows.of(links));
    }

    int linkRows(@Param("links") String links);

    /** The incident the ticket belongs to (its head's id), or null. */
    Long incidentOf(@Param("ticketId") long ticketId);

    /** The incident's tickets, oldest first, row-locked until the transaction ends. */
    List<TicketRow> lockTickets(@Param("incidentId") long incidentId);

    /** The incident's tickets, oldest first. */
    List<TicketRow> tickets(@Param("incidentId") long incidentId);

    /** Takes the ticket out of its incident. */
    int leave(@Param("ticketId") long ticketId);

    /** The incident's tickets are named by another head (its old head left); the new head is not a member. */
    int rehead(@Param("oldHead") long oldHead, @Param("newHead") long newHead);
}
