package id.wadul.sql.console;

import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The office console's reading of tickets (triage queue, search) and its changes the flow has no statement for. */
public interface ConsoleTicketMapper {

    /** Tickets in TRIAGE: those whose citizen answered triage's question first, then urgent, then oldest. */
    List<TicketRow> triageQueue(@Param("limit") int limit);

    int countTriage();

    /** One page of the search, newest first. */
    List<TicketRow> search(TicketSearch q);

    int countSearch(TicketSearch q);

    /** Sets the category and place a triage officer chose (names as the region spells them; any may be null). */
    int updateAssignment(@Param("id") long id, @Param("category") String category,
            @Param("kecamatanCode") String kecamatanCode, @Param("kecamatanName") String kecamatanName,
            @Param("desaCode") String desaCode, @Param("desaName") String desaName, @Param("now") Instant now);

    /** The units the ticket was ever routed to, the active ones first. */
    List<TicketUnitView> units(@Param("ticketId") long ticketId);

    int insertMerge(@Param("ticketId") long ticketId, @Param("intoTicketId") long intoTicketId,
            @Param("by") String by, @Param("at") Instant at);

    /** The number of the ticket this one was merged into, or null. */
    String mergedInto(@Param("ticketId") long ticketId);

    /** The numbers of the tickets merged into this one, oldest merge first. */
    List<String> mergedFrom(@Param("ticketId") long ticketId);
}
