package id.wadul.routes.flow;

import id.wadul.routes.understand.Command;
import java.time.Instant;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a command in the batch's transaction and queues its answer: a citizen's STATUS, an officer's
 * PROSES/SELESAI/TOLAK/ALIH/NOTE ({@link TicketUpdates}), a malformed one's hint, or the help text.
 */
final class Commands {

    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

    private final TicketUpdates updates;
    private final Messages messages;
    private final FlowSettings settings;

    Commands(TicketUpdates updates, Messages messages, FlowSettings settings) {
        this.updates = updates;
        this.messages = messages;
        this.settings = settings;
    }

    void carryOut(SqlSession session, Inbox.Stored m, Command command, boolean officer, Instant now) {
        String from = m.source();
        LOG.info("Message from {}{}: {}", officer ? "officer " : "", Masking.mask(from),
                command.getClass().getSimpleName());
        if (command instanceof Command.StatusQuery q) {
            reply(session, m, updates.status(session, from, q.ticket(), now), now);
        } else if (command instanceof Command.OfficerAction a) {
            reply(session, m, updates.officerAction(session, from, a, now), now);
        } else if (command instanceof Command.Malformed bad) {
            reply(session, m, bad.reply(), now);
        } else {
            // Help, TooShort
            reply(session, m, messages.format(officer ? "officer.help" : "citizen.help",
                    Map.of("shortcode", settings.shortCode())), now);
        }
    }

    /** Queues the answer to a stored message (one per message). */
    static void reply(SqlSession session, Inbox.Stored m, String text, Instant now) {
        Outbox.queue(session, "msg:" + m.id() + ":reply", null, m.source(), text, now);
    }
}
