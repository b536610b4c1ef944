package id.wadul.routes.flow;

import id.wadul.routes.health.DatabaseErrors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transaction per batch around the flow's steps (claim, understand, decide, record: {@link Steps}, the
 * {@code complaint-steps} route): opens it, hands the batch to the steps, commits, and then hands the SMS the
 * transaction claimed to the outbox dispatcher. A batch that fails is rolled back and its messages are handled
 * one transaction each, so one bad message never takes the others down; when the database is unavailable the
 * batch stays RECEIVED as a whole for the sweep. A message already HANDLED is skipped. Batches (the intake's,
 * the sweep's) and desk calls take turns, in the order they came.
 */
public final class FlowTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(FlowTransactions.class);
    private static final int GIVE_UP_AFTER = 3;

    /** The flow's steps over one batch, in its transaction (the wiring: request-reply into the steps route). */
    @FunctionalInterface
    public interface Steps {
        void run(Batch batch);
    }

    private final SqlSessionFactory sessions;
    private final Inbox inbox;
    private final Steps steps;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;
    private final Map<Long, Integer> failures = new ConcurrentHashMap<>();
    /** Batches and calls one at a time, in the order they came (fair). */
    private final ReentrantLock turns = new ReentrantLock(true);

    /** @param dispatcher sends the SMS a transaction claims as it queues them (see {@link Writes}) */
    public FlowTransactions(SqlSessionFactory sessions, Inbox inbox, Steps steps, OutboxDispatcher dispatcher,
            Clock clock) {
        this.sessions = sessions;
        this.inbox = inbox;
        this.steps = steps;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * A desk call as a batch of one, in its own transaction: when it returns, the ticket (or the repeat), its
     * events and its SMS are committed.
     */
    public OpenedTicket call(NewComplaint complaint) {
        turns.lock();
        try {
            return run((session, now) -> Batch.ofCall(complaint, session, now, new Writes(dispatcher, now)))
                    .openedCall();
        } finally {
            turns.unlock();
        }
    }

    /** Handles the message unless it was handled already. Returns true when it was handled now. */
    public boolean handle(long messageId) {
        turns.lock();
        try {
            return handleOne(messageId);
        } finally {
            turns.unlock();
        }
    }

    /**
     * Handles a batch of messages in one transaction, or one by one when the batch fails (see above).
     *
     * @param ids message ids; anything that is not a number is logged and skipped
     * @return how many messages were handled now
     */
    public int handleAll(List<?> ids) {
        List<Long> valid = new ArrayList<>();
        for (Object id : ids) {
            try {
                valid.add(Long.valueOf(String.valueOf(id).strip()));
            } catch (NumberFormatException e) {
                LOG.error("Not an inbound message id: {}", id);
            }
        }
        turns.lock();
        try {
            return handleValid(valid);
        } finally {
            turns.unlock();
        }
    }

    /** RECEIVED messages to (re)handle, oldest first, without those that failed too often in this run. */
    public List<Long> pending(int limit) {
        Set<Long> skip = failures.entrySet().stream().filter(e -> e.getValue() >= GIVE_UP_AFTER)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return inbox.received(limit + skip.size()).stream().filter(id -> !skip.contains(id)).limit(limit).toList();
    }

    private int handleValid(List<Long> valid) {
        if (valid.size() <= 1) {
            return valid.isEmpty() || !handleOne(valid.get(0)) ? 0 : 1;
        }
        List<Long> unique = List.copyOf(new LinkedHashSet<>(valid));
        try {
            int handled = run((session, now) -> Batch.ofMessages(unique, session, now, new Writes(dispatcher, now)))
                    .handled();
            valid.forEach(failures::remove);
            return handled;
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUnavailable(e)) {
                LOG.warn("Batch of {} inbound messages not handled, the database is unavailable ({}); they stay"
                        + " RECEIVED for the sweep", valid.size(), e.toString());
                return 0;
            }
            LOG.warn("Batch of {} inbound messages failed ({}); handling them one by one", valid.size(), e.toString());
        }
        int handled = 0;
        for (Long id : unique) {
            try {
                handled += handleOne(id) ? 1 : 0;
            } catch (RuntimeException e) {
                // logged by handleOne; the message stays RECEIVED for the sweep
                if (DatabaseErrors.isUnavailable(e)) {
                    break;
                }
            }
        }
        return handled;
    }

    private boolean handleOne(long messageId) {
        try {
            boolean handled = run((session, now) -> Batch.ofMessages(List.of(messageId), session, now,
                    new Writes(dispatcher, now))).handled() > 0;
            failures.remove(messageId);
            return handled;
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
        }
    }

    /**
     * Runs the steps over the batch in one transaction and commits it; then the dispatcher sends what the
     * transaction claimed. Rolled back (and the room in flight given back) when anything fails.
     */
    private Batch run(BiFunction<SqlSession, Instant, Batch> batchIn) {
        Instant now = clock.instant();
        Batch batch = null;
        boolean committed = false;
        try (SqlSession session = sessions.openSession(false)) {
            batch = batchIn.apply(session, now);
            steps.run(batch);
            session.commit();
            committed = true;
            batch.writes().committed();
            return batch;
        } finally {
            if (batch != null && !committed) {
                batch.writes().abandoned();
            }
        }
    }
}
