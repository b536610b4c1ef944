package id.wadul.sql.console;

import id.wadul.sql.ticket.TicketRow;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The unit queue's reading of tickets: what a unit's officers have to work on, by deadline. */
public interface UnitQueueMapper {

    /**
     * Tickets neither DONE nor REJECTED that are active at one of the units (the collection must not be empty),
     * and, when {@code escalated}, every such ticket that was escalated (the triage unit's reminders): earliest
     * deadline first, urgent first on ties, then oldest.
     */
    List<TicketRow> openAt(@Param("units") Collection<String> units, @Param("escalated") boolean escalated,
            @Param("limit") int limit);

    /** How many tickets {@link #openAt} would give without its limit. */
    int countOpenAt(@Param("units") Collection<String> units, @Param("escalated") boolean escalated);

    /** Open tickets that were escalated at least once, in {@link #openAt}'s order (triage staff's view). */
    List<TicketRow> escalated(@Param("limit") int limit);

    int countEscalated();
}
