package id.wadul.routes.flow;

import id.wadul.sql.inbound.InboundMessageMapper;
import id.wadul.sql.inbound.InboundMessageRow;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The stored inbound messages as the flow sees them: claimed inside the batch's transaction. */
public final class Inbox {

    /** What the flow needs of a stored message. */
    public record Stored(long id, String source, String destination, String text, Instant receivedAt) {
    }

    private final SqlSessionFactory sessions;

    public Inbox(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * The flow's claim step, in the batch's transaction: its RECEIVED messages are marked HANDLED (and
     * row-locked until the commit) and added to it in the order of its ids; those already handled are skipped.
     * If the transaction rolls back, they are RECEIVED again.
     */
    public Batch claim(Batch batch) {
        Map<Long, Stored> claimed = claimAll(batch.session(), batch.ids(), batch.now());
        for (Long id : batch.ids()) {
            Stored message = claimed.get(id);
            if (message != null) {
                batch.add(new Batch.Item(message, null));
            }
        }
        return batch;
    }

    /**
     * The claim with two statements: locks the RECEIVED ones among {@code ids} and
     * marks them HANDLED in the caller's transaction. Returns them by id; those already handled are absent.
     */
    Map<Long, Stored> claimAll(SqlSession session, Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        InboundMessageMapper mapper = session.getMapper(InboundMessageMapper.class);
        List<InboundMessageRow> rows = mapper.lockReceived(ids);
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Stored> claimed = new HashMap<>();
        for (InboundMessageRow row : rows) {
            claimed.put(row.getId(), new Stored(row.getId(), row.getSource(), row.getDestination(), row.getText(),
                    row.getReceivedAt()));
        }
        int marked = mapper.markAllHandled(claimed.keySet(), now);
        if (marked != claimed.size()) {
            throw new IllegalStateException("claimed " + claimed.size() + " inbound messages but marked " + marked);
        }
        return claimed;
    }

    /** Ids of RECEIVED messages, oldest first. */
    List<Long> received(int limit) {
        try (SqlSession session = sessions.openSession(true)) {
            return session.getMapper(InboundMessageMapper.class).findReceivedAfter(0, limit).stream()
                    .map(InboundMessageRow::getId).toList();
        }
    }
}
