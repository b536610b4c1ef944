package id.wadul.routes.flow;

import id.wadul.sql.inbound.InboundMessageMapper;
import id.wadul.sql.inbound.InboundMessageRow;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The stored inbound messages as the flow sees them: claimed one at a time inside the caller's transaction. */
public final class Inbox {

    /** What the flow needs of a stored message. */
    public record Stored(long id, String source, String destination, String text, Instant receivedAt) {
    }

    private final SqlSessionFactory sessions;

    public Inbox(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Marks the message HANDLED in the caller's transaction (which row-locks it until commit) and returns it;
     * empty when it was already handled. If the transaction rolls back, the message is RECEIVED again.
     */
    Optional<Stored> claim(SqlSession session, long id, Instant now) {
        InboundMessageMapper mapper = session.getMapper(InboundMessageMapper.class);
        if (mapper.markHandled(id, now) == 0) {
            return Optional.empty();
        }
        InboundMessageRow row = mapper.findById(id);
        return Optional.of(new Stored(row.getId(), row.getSource(), row.getDestination(), row.getText(),
                row.getReceivedAt()));
    }

    /**
     * {@link #claim} for many messages with two statements: locks the RECEIVED ones among {@code ids} and
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
