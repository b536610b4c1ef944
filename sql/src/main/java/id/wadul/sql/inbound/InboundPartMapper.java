package id.wadul.sql.inbound;

import java.time.Instant;
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
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("inserted " + rows.size() + " rows but got " + ids.size() + " ids");
        }
        for (int i = 0; i < ids.size(); i++) {
            rows.get(i).setId(ids.get(i));
        }
        return ids.size();
    }

    /** The multi-row INSERT behind {@link #insertAll}: the generated ids in the order of {@code rows}. */
    List<Long> insertReturningIds(List<InboundPartRow> rows);

    /** Parts with one of these dedupe keys received at or after {@code since}, newest first. */
    List<InboundPartRow> findRecentByDedupeKeys(@Param("keys") Collection<String> keys,
            @Param("since") Instant since);

    /** Sets message_id on those of the parts that have none yet; returns how many were updated. */
    int markAssembled(@Param("messageId") long messageId, @Param("partIds") Collection<Long> partIds);

    /** Parts not yet assembled into a message (message_id null), oldest first. */
    List<InboundPartRow> findPending();

    /** The parts a message was assembled from, in sequence order. */
    List<InboundPartRow> findByMessageId(long messageId);
}
