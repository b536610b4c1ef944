package id.wadul.routes.flow;

import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.outbox.OutboxRow;
import java.time.Instant;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Queues SMS in the caller's transaction. The dispatcher sends them once it is committed. */
public final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private Outbox() {
    }

    /**
     * Queues one SMS unless this event already queued one for this recipient.
     *
     * @param eventKey what caused it, unique per recipient, e.g. {@code ticket:42:receipt}
     * @return true when queued now, false when it was already queued
     */
    public static boolean queue(SqlSession session, String eventKey, Long ticketId, String recipient, String text,
            Instant now) {
        int inserted = session.getMapper(OutboxMapper.class)
                .insertIgnore(OutboxRow.pending(eventKey, ticketId, recipient, text, now));
        if (inserted == 0) {
            LOG.info("Outbox already has {} for {}; not queued again", eventKey, Masking.mask(recipient));
        }
        return inserted > 0;
    }
}
