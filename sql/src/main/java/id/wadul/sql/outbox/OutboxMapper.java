package id.wadul.sql.outbox;

import id.wadul.sql.JsonRows;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The outbox: one row per SMS to send. */
public interface OutboxMapper {

    /** Queues the row unless (event_key, recipient) is already queued. Returns 1 if inserted, 0 if it was there. */
    int insertIgnore(OutboxRow row);

    /** {@link #insertIgnore} for several rows in one statement; returns how many were new. Not empty. */
    default int insertIgnoreAll(List<OutboxRow> rows) {
        return insertIgnoreRows(JsonRows.of(rows));
    }

    int insertIgnoreRows(@Param("rows") String rows);

    /**
     * {@link #insertIgnoreAll} for rows the caller claims at once (SENDING, attempts 1, claimed at {@code now})
     * and sends itself after its commit. Returns the rows inserted now, with their ids, in the list's order;
     * those already queued are absent. Not empty.
     */
    default List<OutboxRow> insertClaimedAll(List<OutboxRow> rows, Instant now) {
        return insertClaimedRows(JsonRows.of(rows), now);
    }

    List<OutboxRow> insertClaimedRows(@Param("rows") String rows, @Param("now") Instant now);

    /** Row-locks up to {@code limit} PENDING rows due at {@code now}, skipping rows locked by others. */
    List<OutboxRow> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** PENDING to SENDING, attempts + 1. The list must not be empty. */
    default int markSending(List<Long> ids, Instant now) {
        return markSendingRows(JsonRows.of(ids), now);
    }

    int markSendingRows(@Param("ids") String ids, @Param("now") Instant now);


    /**
     * SENDING to SENT with the link's account and message ids, many rows in one statement. Returns how many
     * were SENDING. Not empty.
     */
    default int markAllSent(List<SentMark> rows, Instant now) {
        return markSentRows(JsonRows.of(rows), now);
    }

    int markSentRows(@Param("rows") String rows, @Param("now") Instant now);

    /** SENDING back to PENDING, due at {@code nextAttemptAt}. */
    int markRetry(@Param("id") long id, @Param("nextAttemptAt") Instant nextAttemptAt,
            @Param("error") String error);

    int markFailed(@Param("id") long id, @Param("error") String error);

    /** SENDING rows claimed before {@code claimedBefore} go back to PENDING (after a crash). */
    int releaseStale(@Param("claimedBefore") Instant claimedBefore);

    OutboxRow findById(@Param("id") long id);

    List<OutboxRow> findByTicket(@Param("ticketId") long ticketId);

    /** Up to {@code limit} rows with an id above {@code afterId}, in id order. */
    List<OutboxRow> findAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    int countByState(@Param("state") String state);
}
