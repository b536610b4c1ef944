package id.wadul.sql.desk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The desk's view of the flow's tickets: read-only, plus the operator's note when a call is linked to a ticket. */
public interface DeskTicketMapper {

    /**
     * Open tickets (TRIAGE, OPEN, IN_PROGRESS) of a category in a village since {@code since}, newest first:
     * every channel's non-secret tickets, and the secret ones only when {@code station} (compared exactly) took
     * them by radio.
     */
    List<TicketSummary> similar(@Param("category") String category, @Param("desaCode") String desaCode,
            @Param("since") Instant since, @Param("station") String station, @Param("limit") int limit);

    TicketSummary findByNumber(@Param("number") String number);

    /** The states of these tickets' (by id) as summaries. */
    List<TicketSummary> findByIds(@Param("ids") Collection<Long> ids);

    /** Officers' steps on these tickets, oldest first. */
    List<TicketNote> notes(@Param("ids") Collection<Long> ids);

    /** Records a further call about an existing ticket in its audit trail. */
    int insertOperatorNote(@Param("ticketId") long ticketId, @Param("at") Instant at,
            @Param("operator") String operator, @Param("detail") String detail);
}
