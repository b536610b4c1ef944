package id.wadul.sql.inbound;

import id.wadul.sql.JsonRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.ibatis.annotations.Param;

/** SQL on {@code inbound_message}; statements in {@code InboundMessageMapper.xml}. */
public interface InboundMessageMapper {

    /**
     * Inserts all rows with one multi-row INSERT and sets their generated ids. Returns the row count.
     * {@code rows} must not be empty.
     */
    default int insertAll(List<InboundMessageRow> rows) {
        List<Long> ids = insertReturningIds(rows);
        // auto-increment ids rise in insertion order, which is the rows' order
        ids.sort(null);
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("inserted " + rows.size() + " rows but got " + ids.size() + " ids");
        }
        for (int i = 0; i < ids.size(); i++) {
            rows.get(i).setId(ids.get(i));
        }
        return ids.size();
    }

    /** The multi-row INSERT behind {@link #insertAll}: the generated ids. */
    default List<Long> insertReturningIds(List<InboundMessageRow> rows) {
        return new ArrayList<>(insertRows(JsonRows.of(rows)));
    }

    List<Long> insertRows(@Param("rows") String rows);

    /**
     * Messages with one of these dedupe keys received at or after {@code since}, newest first, with their id,
     * dedupe key and time received only (the other fields are null). Keys: not empty.
     */
    default List<InboundMessageRow> findRecentByDedupeKeys(Collection<String> keys, Instant since) {
        return findRecentByDedupeKeyRows(JsonRows.of(keys), since);
    }

    List<InboundMessageRow> findRecentByDedupeKeyRows(@Param("keys") String keys, @Param("since") Instant since);

    InboundMessageRow findById(long id);

    /** Up to {@code limit} RECEIVED messages with an id above {@code afterId}, oldest first. */
    List<InboundMessageRow> findReceivedAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    /** How many messages are RECEIVED (stored, not yet handled). */
    int countReceived();

    /** Marks a RECEIVED message HANDLED; returns 0 when it was not RECEIVED (already handled or absent). */
    int markHandled(@Param("id") long id, @Param("handledAt") Instant handledAt);

    /**
     * The RECEIVED messages among {@code ids}, in ascending id order, row-locked (in that order) until the
     * transaction ends. Not empty.
     */
    default List<InboundMessageRow> lockReceived(Collection<Long> ids) {
        List<InboundMessageRow> rows = new ArrayList<>(lockReceivedRows(JsonRows.of(new TreeSet<>(ids))));
        rows.sort(Comparator.comparingLong(InboundMessageRow::getId));
        return rows;
    }

    List<InboundMessageRow> lockReceivedRows(@Param("ids") String ids);

    /** {@link #markHandled} for every RECEIVED message among {@code ids}. Not empty. */
    default int markAllHandled(Collection<Long> ids, Instant handledAt) {
        return markAllHandledRows(JsonRows.of(ids), handledAt);
    }

    int markAllHandledRows(@Param("ids") String ids, @Param("handledAt") Instant handledAt);
}
