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

    /** The call that opened this ticket (not one linked to it later), or null. */
    CallRow opening(@Param("ticketNumber") String ticketNumber);

    /** Its operator's correction of the call's text, category and place. */
    int correct(@Param("id") long id, @Param("text") String text, @Param("category") String category,
            @Param("kecamatanCode") String kecamatanCode, @Param("desaCode") String desaCode,
            @Param("at") Instant at);

    /** Its operator withdrew the call. */
    int withdraw(@Param("id") long id, @Param("at") Instant at);

    int countAll();
}
