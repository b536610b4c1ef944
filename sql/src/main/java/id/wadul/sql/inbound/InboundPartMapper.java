package id.wadul.sql.inbound;

import id.wadul.sql.JsonRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL on {@code inbound_part}; statements in {@code InboundPartMapper.xml}. */
public interface InboundPartMapper {

    /**
     * Inserts all rows with one multi-row INSERT and sets their generated ids. Returns the row count.
     * {@code rows} must not be empty.
     */
    default int insertAll(List<InboundPartRow> rows) {
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
    default List<Long> insertReturningIds(List<InboundPartRow> rows) {
        return new ArrayList<>(insertRows(JsonRows.of(rows)));
    }

    List<Long> insertRows(@Param("rows") String rows);

    /** Parts with one of these dedupe keys received at or after {@code since}, newest first. Not empty. */
    default List<InboundPartRow> findRecentByDedupeKeys(Collection<String> keys, Instant since) {
        return findRecentByDedupeKeyRows(JsonRows.of(keys), since);
    }

    List<InboundPartRow> findRecentByDedupeKeyRows(@Param("keys") String keys, @Param("since") Instant since);

    /** Sets message_id on those of the parts that have none yet; returns how many were updated. Not empty. */
    default int markAssembled(long messageId, Collection<Long> partIds) {
        return markAssembledRows(messageId, JsonRows.of(partIds));
    }

    int markAssembledRows(@Param("messageId") long messageId, @Param("partIds") String partIds);

    /** Parts not yet assembled into a message (message_id null), oldest first. */
    List<InboundPartRow> findPending();

    /** The parts a message was assembled from, in sequence order. */
    List<InboundPartRow> findByMessageId(long messageId);
}
