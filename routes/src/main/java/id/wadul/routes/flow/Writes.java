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
 */
final class Writes {

    private static final Logger LOG = LoggerFactory.getLogger(Writes.class);
    /** Rows per statement, well below the packet and placeholder limits. */
    private static final int CHUNK = 500;

    private final List<TicketUnitRow> units = new ArrayList<>();
    private final List<TicketEventRow> events = new ArrayList<>();
    private final List<OutboxRow> outbox = new ArrayList<>();

    void unit(long ticketId, String unitCode, Instant now) {
        units.add(new TicketUnitRow(ticketId, unitCode, now));
    }

    void event(TicketEventRow event) {
        events.add(event);
    }

    /** Queues one SMS unless this event already queued one for this recipient (UNIQUE event_key, recipient). */
    void sms(String eventKey, Long ticketId, String recipient, String text, Instant now) {
        outbox.add(OutboxRow.pending(eventKey, ticketId, recipient, text, now));
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
        for (List<OutboxRow> part : chunks(outbox)) {
            int inserted = mapper.insertIgnoreAll(part);
            if (inserted < part.size()) {
                LOG.info("Outbox already had {} of {} SMS; not queued again", part.size() - inserted, part.size());
            }
        }
        units.clear();
        events.clear();
        outbox.clear();
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += CHUNK) {
            parts.add(List.copyOf(rows.subList(i, Math.min(rows.size(), i + CHUNK))));
        }
        return parts;
    }
}
