package id.wadul.routes.flow;

import id.wadul.routes.health.DatabaseErrors;
import id.wadul.routes.understand.Command;
import id.wadul.routes.understand.CommandParser;
import id.wadul.routes.understand.Responsibilities;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Handles one stored inbound message in one transaction that ends with the message HANDLED: the abuse
 * checks, the command, the ticket work and every reply queued in the outbox. A crash before the commit
 * leaves the message RECEIVED, and the sweep hands it here again; a message already HANDLED is skipped.
 * Safe to call from several threads: batches and single messages take turns.
 */
public final class InboxHandler {

    private static final Logger LOG = LoggerFactory.getLogger(InboxHandler.class);
    private static final int GIVE_UP_AFTER = 3;

    private final SqlSessionFactory sessions;
    private final Inbox inbox;
    private final Responsibilities responsibilities;
    private final TicketService tickets;
    private final TicketUpdates updates;
    private final Messages messages;
    private final FlowSettings settings;
    private final Clock clock;
    private final DailyLimit limit;
    private final Map<Long, Integer> failures = new ConcurrentHashMap<>();
    /**
     * Batches and single messages one at a time, in the order they came (fair): the sweep's batches and new
     * messages' alternate, and a number's messages are counted and checked for repeats in order.
     */
    private final ReentrantLock batches = new ReentrantLock(true);

    public InboxHandler(SqlSessionFactory sessions, Inbox inbox, Responsibilities responsibilities, TicketService tickets,
            Messages messages, FlowSettings settings, Clock clock) {
        this.sessions = sessions;
        this.inbox = inbox;
        this.responsibilities = responsibilities;
        this.tickets = tickets;
        this.updates = tickets.updates();
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.limit = new DailyLimit(responsibilities, messages, settings);
    }

    /** Handles the message unless it was handled already. Returns true when it was handled now. */
    public boolean handle(long messageId) {
        batches.lock();
        try {
            return handleOne(messageId);
        } finally {
            batches.unlock();
        }
    }

    private boolean handleOne(long messageId) {
        String previous = MDC.get("msgId");
        MDC.put("msgId", String.valueOf(messageId));
        try (SqlSession session = sessions.openSession(false)) {
            Instant now = clock.instant();
            Inbox.Stored message = inbox.claim(session, messageId, now).orElse(null);
            if (message == null) {
                return false;
            }
            Gathered gathered = new Gathered(now);
            try {
                handle(session, message, now, gathered, null);
                gathered.settle(session, now);
                session.commit();
                gathered.writes.committed();
            } finally {
                gathered.writes.abandoned();
            }
            failures.remove(messageId);
            return true;
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUnavailable(e)) {
                // not the message's fault: tried again, however often, once the database is back
                LOG.warn("Inbound message {} not handled, the database is unavailable ({}); it stays RECEIVED",
                        messageId, e.toString());
                throw e;
            }
            int n = failures.merge(messageId, 1, Integer::sum);
            LOG.error("Handling inbound message {} failed (attempt {}); it stays RECEIVED{}", messageId, n,
                    n >= GIVE_UP_AFTER ? " and is not retried until restart" : "", e);
            throw e;
        } finally {
            LogContext.restore("msgId", previous);
        }
    }

    /**
     * Handles a batch of messages in one transaction, so they share one commit. If any of them fails, the
     * batch is rolled back and each message is handled in its own transaction instead, so one bad message
     * delays the others a little but never takes them down. When the database is unavailable the batch stays
     * RECEIVED as a whole for the sweep (no one-by-one attempts that would each wait for it). Several threads
     * (the intake and the sweep) may call it: their batches take turns, in the order they came.
     *
     * @param ids message ids; anything that is not a number is logged and skipped
     * @return how many messages were handled now
     */
    public int handleAll(List<?> ids) {
        List<Long> valid = new java.util.ArrayList<>();
        for (Object id : ids) {
            try {
                valid.add(Long.valueOf(String.valueOf(id).strip()));
            } catch (NumberFormatException e) {
                LOG.error("Not an inbound message id: {}", id);
            }
        }
        batches.lock();
        try {
            return handleValid(valid);
        } finally {
            batches.unlock();
        }
    }

    private int handleValid(List<Long> valid) {
        if (valid.size() <= 1) {
            return valid.isEmpty() || !handleOne(valid.get(0)) ? 0 : 1;
        }
        Gathered gathered = null;
        try (SqlSession session = sessions.openSession(false)) {
            Instant now = clock.instant();
            int handled = 0;
            gathered = new Gathered(now);
            Set<Long> unique = new java.util.LinkedHashSet<>(valid);
            Map<Long, Inbox.Stored> claimed = inbox.claimAll(session, unique, now);
            Map<String, Integer> counted = limit.countAll(session, unique, claimed, now);
            for (Long id : unique) {
                String previous = MDC.get("msgId");
                MDC.put("msgId", String.valueOf(id));
                try {
                    Inbox.Stored message = claimed.get(id);
                    if (message != null) {
                        handle(session, message, now, gathered, counted);
                        handled++;
                    }
                } finally {
                    LogContext.restore("msgId", previous);
                }
            }
            gathered.settle(session, now);
            session.commit();
            gathered.writes.committed();
            valid.forEach(failures::remove);
            return handled;
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUnavailable(e)) {
                LOG.warn("Batch of {} inbound messages not handled, the database is unavailable ({}); they stay"
                        + " RECEIVED for the sweep", valid.size(), e.toString());
                return 0;
            }
            LOG.warn("Batch of {} inbound messages failed ({}); handling them one by one", valid.size(), e.toString());
        } finally {
            if (gathered != null) {
                // gives back the room in flight of what a failed batch claimed (nothing after committed())
                gathered.writes.abandoned();
            }
        }
        int handled = 0;
        for (Long id : valid) {
            try {
                handled += handleOne(id) ? 1 : 0;
            } catch (RuntimeException e) {
                // logged by handle(id); the message stays RECEIVED for the sweep
                if (DatabaseErrors.isUnavailable(e)) {
                    break;
                }
            }
        }
        return handled;
    }

    /** RECEIVED messages to (re)handle, oldest first, without those that failed too often in this run. */
    public List<Long> pending(int limit) {
        Set<Long> skip = failures.entrySet().stream().filter(e -> e.getValue() >= GIVE_UP_AFTER)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        return inbox.received(limit + skip.size()).stream().filter(id -> !skip.contains(id)).limit(limit).toList();
    }

    /**
     * New complaints of a transaction, opened together, and the rows they make, written together. Settled
     * before anything that reads or writes tickets on its own, and before the commit.
     */
    private final class Gathered {
        private final Writes writes;
        private final List<NewComplaint> complaints = new ArrayList<>();

        Gathered(Instant now) {
            writes = tickets.newWrites(now);
        }

        void settle(SqlSession session, Instant now) {
            if (!complaints.isEmpty()) {
                tickets.openAll(session, complaints, now, writes);
                complaints.clear();
            }
            writes.flush(session);
        }
    }

    /**
     * Handles one claimed message. A new complaint is gathered; anything else settles what was gathered
     * first, so what it reads or writes sees every earlier message of the batch in order.
     */
    private void handle(SqlSession session, Inbox.Stored m, Instant now, Gathered gathered,
            Map<String, Integer> counted) {
        String from = m.source();
        // the console's blocks (spam, pranks) until their expiry, beside conf's fixed list
        if (settings.blocklist().contains(from)
                || session.getMapper(id.wadul.sql.console.BlockedNumberMapper.class).isBlocked(from, now)) {
            LOG.info("Message from blocked number {} ignored", Masking.mask(from));
            if (settings.blocklistReply()) {
                reply(session, m, messages.format("citizen.blocked", Map.of("shortcode", settings.shortCode())), now);
            }
            return;
        }
        boolean officer = responsibilities.unitOfOfficer(from).isPresent();
        if (!officer && limit.over(session, m, now, counted)) {
            return;
        }
        Command command = CommandParser.parse(id.wadul.routes.text.SafeText.clean(m.text()), officer);
        if (command instanceof Command.Complaint c) {
            // its ticket's log line says the rest
            LOG.debug("Message from {}: complaint", Masking.mask(from));
            gathered.complaints.add(NewComplaint.sms(from, c.text(), c.anonymous(), m.id()));
            return;
        }
        gathered.settle(session, now);
        LOG.info("Message from {}{}: {}", officer ? "officer " : "", Masking.mask(from),
                command.getClass().getSimpleName());
        Map<String, Object> v = Map.of("shortcode", settings.shortCode());
        if (command instanceof Command.StatusQuery q) {
            reply(session, m, updates.status(session, from, q.ticket(), now), now);
        } else if (command instanceof Command.OfficerAction a) {
            reply(session, m, updates.officerAction(session, from, a, now), now);
        } else if (command instanceof Command.Malformed bad) {
            reply(session, m, bad.reply(), now);
        } else {
            // Help, TooShort
            reply(session, m, messages.format(officer ? "officer.help" : "citizen.help", v), now);
        }
    }

    static void reply(SqlSession session, Inbox.Stored m, String text, Instant now) {
        Outbox.queue(session, "msg:" + m.id() + ":reply", null, m.source(), text, now);
    }
}
