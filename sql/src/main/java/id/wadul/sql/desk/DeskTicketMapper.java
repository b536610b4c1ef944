package id.wadul.sql.desk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The desk's view of the flow's tickets: read-only, plus the operator's note when a call is linked to a ticket,
 * the correction of a call's text, and the stations' areas.
 */
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

    /**
     * Non-secret SMS tickets since {@code since}, newest first: of these kecamatan, or of the whole regency when
     * the list is empty; only the one numbered {@code number} when it is given.
     */
    List<TicketSummary> areaSms(@Param("kecamatanCodes") Collection<String> kecamatanCodes,
            @Param("since") Instant since, @Param("number") String number, @Param("limit") int limit);

    /** A desk operator's correction of the text of the ticket their call opened. */
    int correctText(@Param("id") long id, @Param("text") String text, @Param("normalisedText") String normalisedText,
            @Param("now") Instant now);

    /** The kecamatan codes a station covers ({@code desk_station_area}); empty: the whole regency. */
    List<String> stationArea(@Param("station") String station);

    int clearStationArea(@Param("station") String station);

    int addStationArea(@Param("station") String station, @Param("kecamatanCode") String kecamatanCode);

    /** Records a further call about an existing ticket in its audit trail. */
    int insertOperatorNote(@Param("ticketId") long ticketId, @Param("at") Instant at,
            @Param("operator") String operator, @Param("detail") String detail);
}
