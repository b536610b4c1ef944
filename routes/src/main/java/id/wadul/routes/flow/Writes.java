package id.wadul.routes.flow;

import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketUnitRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New tickets' units, events and outbox rows, gathered in the caller's transaction and written by
 * {@link #flush} as one multi-row INSERT per table instead of one statement per row. Flush before anything
 * that reads those tables or writes other events (so event ids stay in the order things happened), and
 * before the commit.
 *
 * <p>With a dispatcher, the SMS are inserted already claimed (SENDING) as far as it has room in flight, and
 * {@link #committed()} hands them to it to send at once: no claim query and no PENDING to SENDING update per
 * SMS. The rest are queued PENDING for the dispatcher's next run. A transaction that does not commit must
 * call {@link #abandoned()} (or the room stays taken). A crash between the commit and the sending leaves
 * rows SENDING, which the next start releases to PENDING ({@link OutboxDispatcher#releaseStale()}).
 */
final class Writes {

    private static final Logger LOG = LoggerFactory.getLogger(Writes.class);
    /** Rows per statement, well below the packet and placeholder limits. */
    private static final int CHUNK = 500;

    private final OutboxDispatcher dispatcher;
    private final Instant now;
    private final List<TicketUnitRow> units = new ArrayList<>();
    private final List<TicketEventRow> events = new ArrayList<>();
    private final List<OutboxRow> outbox = new ArrayList<>();
    private final List<OutboxRow> claimed = new ArrayList<>();
    private int reserved;

    /**
     * @param dispatcher sends the SMS this transaction claims once it committed; null queues them all PENDING
     * @param now        the transaction's time: when its SMS are claimed
     */
    Writes(OutboxDispatcher dispatcher, Instant now) {
        this.dispatcher = dispatcher;
        this.now = now;
    }

    void unit(long ticketId, String unitCode, Instant at) {
        units.add(new TicketUnitRow(ticketId, unitCode, at));
    }

    void event(TicketEventRow event) {
        events.add(event);
    }

    /** Queues one SMS unless this event already queued one for this recipient (UNIQUE event_key, recipient). */
    void sms(String eventKey, Long ticketId, String recipient, String text, Instant at) {
        outbox.add(OutboxRow.pending(eventKey, ticketId, recipient, text, at));
    }

    /** Writes what was gathered into the session's transaction and forgets it. */
    void flush(SqlSession session) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        for (List<TicketUnitRow> part : chunks(units)) {
            tickets.addUnits(part);
        }
        for (List<TicketEventRow> part : chunks(events)) {
            tickets.insertEvents(part);
        }
        OutboxMapper mapper = session.getMapper(OutboxMapper.class);
        int room = dispatcher == null ? 0 : dispatcher.reserve(outbox.size());
        reserved += room;
        int repeated = 0;
        for (List<OutboxRow> part : chunks(outbox.subList(0, room))) {
            List<OutboxRow> inserted = mapper.insertClaimedAll(part, now);
            claimed.addAll(inserted);
            repeated += part.size() - inserted.size();
        }
        for (List<OutboxRow> part : chunks(outbox.subList(room, outbox.size()))) {
            repeated += part.size() - mapper.insertIgnoreAll(part);
        }
        if (repeated > 0) {
            LOG.info("Outbox already had {} of {} SMS; not queued again", repeated, outbox.size());
        }
        units.clear();
        events.clear();
        outbox.clear();
    }

    /** After the commit: the dispatcher sends the SMS claimed here. */
    void committed() {
        if (dispatcher != null) {
            dispatcher.sendClaimed(List.copyOf(claimed), reserved);
        }
        claimed.clear();
        reserved = 0;
    }

    /** When the transaction rolled back or was not committed: gives the room in flight back. */
    void abandoned() {
        if (dispatcher != null) {
            dispatcher.release(reserved);
        }
        claimed.clear();
        reserved = 0;
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += CHUNK) {
            parts.add(List.copyOf(rows.subList(i, Math.min(rows.size(), i + CHUNK))));
        }
        return parts;
    }
}
