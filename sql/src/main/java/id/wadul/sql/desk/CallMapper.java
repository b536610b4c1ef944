package id.wadul.sql.desk;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Calls logged at the desk ({@code desk_call}). */
public interface CallMapper {

    /** Inserts the call; {@code id} of the argument is ignored. */
    int insert(CallRow call);

    /**
     * Calls since {@code since}, newest first.
     *
     * @param station      only this station's calls, or null for all
     * @param ticketNumber only calls on this ticket, or null
     */
    List<CallRow> list(@Param("station") String station, @Param("since") Instant since,
            @Param("ticketNumber") String ticketNumber, @Param("limit") int limit);

    int countAll();
}
