package id.wadul.routes.flow;

import id.wadul.routes.text.SafeText;
import id.wadul.routes.understand.Command;
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
 * an SMS from the ticket's citizen (a complaint, or a single word such as a village's name; not a command) within
 * {@link FlowSettings#askReplyWindow()} after the question, while the ticket is still in triage, is added to that ticket as an ANSWERED event (triage's queue puts the ticket back at
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
     * For each citizen number of the batch's SMS that may be answers (officers' not included) that has a ticket in
     * triage asked within the window: that ticket (the most recently asked one).
     */
    Map<String, TicketRow> find(Batch batch) {
        Set<String> numbers = new LinkedHashSet<>();
        for (Batch.Item item : batch.all()) {
            if (answerable(item)) {
                numbers.add(item.message.source());
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
        return answerable(item) ? asked.get(item.message.source()) : null;
    }

    /**
     * A citizen's SMS that is a complaint, or a single word (an answer like "Kuncen", which is otherwise answered
     * with the help text); never a command such as STATUS.
     */
    private static boolean answerable(Batch.Item item) {
        return item.message != null && !item.officer && (item.complaint != null
                || item.command instanceof Command.TooShort && !answer(item).isEmpty());
    }

    private static String answer(Batch.Item item) {
        return item.complaint != null ? item.complaint.text() : SafeText.clean(item.message.text()).strip();
    }

    /** The item's text as an ANSWERED event on the asked ticket, and the citizen's receipt. */
    OpenedTicket record(SqlSession session, TicketRow asked, Batch.Item item, Instant now) {
        String from = item.message.source();
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        tickets.insertEvent(new TicketEventRow(0, asked.id(), now, "CITIZEN", Masking.mask(from), "ANSWERED", null,
                cut(answer(item)), "ask window " + settings.askReplyWindow() + " (message " + item.message.id() + ")"));
        long eventId = tickets.lastInsertId();
        String text = messages.format("citizen.ask.answered",
                Map.of("ticket", asked.number(), "shortcode", settings.shortCode()));
        Outbox.queue(session, "event:" + eventId + ":citizen", asked.id(), from, text, now);
        LOG.info("Answer from {} added to ticket {} in triage; no new ticket", Masking.mask(from), asked.number());
        return new OpenedTicket(asked.id(), asked.number(), asked.category(), asked.urgent(), true,
                tickets.activeUnits(asked.id()), true);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
