package id.wadul.routes.flow;

import id.wadul.sql.console.AskedTicketMapper;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A citizen's answer to triage's question (the console's "ask": an ASKED event and the {@code citizen.ask} SMS):
 * an SMS from the ticket's citizen within {@link FlowSettings#askReplyWindow()} after the question, while the
 * ticket is still in triage, is added to that ticket as an ANSWERED event (triage's queue puts the ticket back at
 * the top) and the citizen gets a short receipt naming it; it opens no ticket. Decide finds the asked tickets of
 * the batch's numbers in one query; record writes the answers.
 */
final class AskReplies {

    private static final Logger LOG = LoggerFactory.getLogger(AskReplies.class);

    private final Messages messages;
    private final FlowSettings settings;

    AskReplies(Messages messages, FlowSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /**
     * For each citizen number of the batch's SMS complaints (officers' not included) that has a ticket in triage
     * asked within the window: that ticket (the most recently asked one).
     */
    Map<String, TicketRow> find(Batch batch) {
        Set<String> numbers = new LinkedHashSet<>();
        for (Batch.Item item : batch.all()) {
            if (answerable(item)) {
                numbers.add(item.complaint.citizenNumber());
            }
        }
        Map<String, TicketRow> asked = new HashMap<>();
        if (numbers.isEmpty()) {
            return asked;
        }
        for (TicketRow t : batch.session().getMapper(AskedTicketMapper.class).askedAmong(numbers,
                batch.now().minus(settings.askReplyWindow()))) {
            asked.putIfAbsent(t.citizenNumber(), t);
        }
        return asked;
    }

    /** The ticket whose question the item answers, or null. */
    static TicketRow answered(Batch.Item item, Map<String, TicketRow> asked) {
        return answerable(item) ? asked.get(item.complaint.citizenNumber()) : null;
    }

    private static boolean answerable(Batch.Item item) {
        return item.message != null && !item.officer && item.complaint != null
                && item.complaint.citizenNumber() != null;
    }

    /** The answer as an ANSWERED event on the asked ticket, and the citizen's receipt. */
    OpenedTicket record(SqlSession session, TicketRow asked, NewComplaint c, Instant now) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        tickets.insertEvent(new TicketEventRow(0, asked.id(), now, "CITIZEN", Masking.mask(c.citizenNumber()),
                "ANSWERED", null, cut(c.text()), "ask window " + settings.askReplyWindow()
                        + (c.inboundMessageId() != null ? " (message " + c.inboundMessageId() + ")" : "")));
        long eventId = tickets.lastInsertId();
        String text = messages.format("citizen.ask.answered",
                Map.of("ticket", asked.number(), "shortcode", settings.shortCode()));
        Outbox.queue(session, "event:" + eventId + ":citizen", asked.id(), c.citizenNumber(), text, now);
        LOG.info("Answer from {} added to ticket {} in triage; no new ticket", Masking.mask(c.citizenNumber()),
                asked.number());
        return new OpenedTicket(asked.id(), asked.number(), asked.category(), asked.urgent(), true,
                tickets.activeUnits(asked.id()), true);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
