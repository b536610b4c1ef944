package id.wadul.routes.flow;

import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A repeat of an earlier ticket (same number, same text, within the repeat window): no new ticket, a DUPLICATE
 * event on the earlier one and, when the citizen gets updates, an SMS with its number.
 */
final class Repeats {

    private static final Logger LOG = LoggerFactory.getLogger(Repeats.class);

    private final Messages messages;
    private final FlowSettings settings;

    Repeats(Messages messages, FlowSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    OpenedTicket record(SqlSession session, TicketRow earlier, NewComplaint c, Instant now) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        tickets.insertEvent(new TicketEventRow(0, earlier.id(), now, "CITIZEN", Masking.mask(c.citizenNumber()),
                "DUPLICATE", null, "same text again via " + c.channel()
                        + (c.inboundMessageId() != null ? " (message " + c.inboundMessageId() + ")" : ""),
                "repeat window " + settings.repeatWindow()));
        long eventId = tickets.lastInsertId();
        if (c.notifyCitizen() && c.citizenNumber() != null) {
            String text = messages.format("citizen.repeat",
                    Map.of("ticket", earlier.number(), "shortcode", settings.shortCode()));
            Outbox.queue(session, "event:" + eventId + ":citizen", earlier.id(), c.citizenNumber(), text, now);
        }
        LOG.info("Repeat of ticket {} from {}; no new ticket", earlier.number(), Masking.mask(c.citizenNumber()));
        return new OpenedTicket(earlier.id(), earlier.number(), earlier.category(), earlier.urgent(),
                "TRIAGE".equals(earlier.state()), tickets.activeUnits(earlier.id()), true);
    }
}
