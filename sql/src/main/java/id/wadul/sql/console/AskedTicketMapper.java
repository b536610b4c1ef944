package id.wadul.sql.console;

import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Tickets whose citizen triage asked for details (an ASKED event), for linking the citizen's answer. */
public interface AskedTicketMapper {

    /**
     * Tickets still in TRIAGE of one of these citizen numbers (the collection must not be empty) with an ASKED
     * event at or after {@code since}: newest ask first.
     */
    List<TicketRow> askedAmong(@Param("numbers") Collection<String> numbers, @Param("since") Instant since);
}
