package id.wadul.sql.inbound;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL on {@code inbound_message}; statements in {@code InboundMessageMapper.xml}. */
public interface InboundMessageMapper {

    /**
     * Inserts all rows with one multi-row INSERT and sets their generated ids. Returns the row count.
     * {@code rows} must not be empty.
     */
    default int insertAll(List<InboundMessageRow> rows) {
        List<Long> ids = insertReturningIds(rows);
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("inserted " + rows.size() + " rows but got " + ids.size() + " ids");
        }
        for (int i = 0; i < ids.size(); i++) {
            rows.get(i).setId(ids.get(i));
        }
        return ids.size();
    }

    /** The multi-row INSERT behind {@link #insertAll}: the generated ids in the order of {@code rows}. */
    List<Long> insertReturningIds(List<InboundMessageRow> rows);

    /** Messages with one of these dedupe keys received at or after {@code since}, newest first. */
    List<InboundMessageRow> findRecentByDedupeKeys(@Param("keys") Collection<String> keys,
            @Param("since") Instant since);

    InboundMessageRow findById(long id);

    /** Up to {@code limit} RECEIVED messages with an id above {@code afterId}, oldest first. */
    List<InboundMessageRow> findReceivedAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    /** Marks a RECEIVED message HANDLED; returns 0 when it was not RECEIVED (already handled or absent). */
    int markHandled(@Param("id") long id, @Param("handledAt") Instant handledAt);

    /** The RECEIVED messages among {@code ids}, row-locked until the transaction ends. Not empty. */
    List<InboundMessageRow> lockReceived(@Param("ids") Collection<Long> ids);

    /** {@link #markHandled} for every RECEIVED message among {@code ids}. Not empty. */
    int markAllHandled(@Param("ids") Collection<Long> ids, @Param("handledAt") Instant handledAt);
}
