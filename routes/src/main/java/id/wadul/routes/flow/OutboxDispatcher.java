package id.wadul.routes.flow;

import id.wadul.gateway.OutboundSender;
import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.outbox.SentMark;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends what the outbox holds. Each run claims due PENDING rows in a transaction (SENDING, attempts + 1),
 * hands them to the delivery route of their recipient kind ({@link Delivery}; SMS: the gateway's sender), and
 * records each outcome: SENT with the link's message ids, or back to PENDING with a backoff, or FAILED after
 * the last attempt.
 *
 * <p>Runs come from a wake-up whenever the flow committed new outbox rows, and from a timer (retries that
 * fall due). The link answers on its I/O threads, which only queue the outcome: the next run records the
 * answers in the same transaction as its claim (sent ones many rows per statement; failed ones back to
 * PENDING after a backoff from when they failed, or FAILED). When the in-flight limit is
 * reached, the link's answer wakes the dispatcher itself (the {@code wake} it was built with), so sending does not wait
 * for the timer. Runs do not overlap.
 *
 * <p>The flow's own transactions may also insert SMS already claimed, within room they {@link #reserve} in
 * flight, and hand them over after their commit ({@link #sendClaimed}): the common path then needs no claim
 * query. Their answers are recorded like any other.
 *
 * <p>Delivery is at least once: a crash after the link took an SMS but before SENT was committed leaves
 * the row SENDING, and {@link #releaseStale()} at the next start makes it PENDING, so that one SMS can go
 * out twice. Re-running an event never queues a second row (UNIQUE event_key, recipient).
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** Answers recorded per transaction. */
    private static final int ANSWER_BATCH = 500;

    private final SqlSessionFactory sessions;
    private final Delivery delivery;
    private final FlowSettings settings;
    private final Clock clock;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakeAsked = new AtomicBoolean();
    private final Runnable wake;
    private volatile boolean open;
    private volatile boolean closed;

    /** What the link answered for a row ({@code error} when the send failed before an outcome), and when. */
    private record Answer(OutboxRow row, SendOutcome outcome, Throwable error, Instant at) {

        boolean sent() {
            return error == null && outcome.sent();
        }
    }

    /** A dispatcher that nothing wakes when the link answers: its runs come from a timer or its caller. */
    public OutboxDispatcher(SqlSessionFactory sessions, OutboundSender sender, FlowSettings settings, Clock clock) {
        this(sessions, sender, settings, clock, () -> { });
    }

    /** A dispatcher that sends through {@code sender} directly (without a delivery route). */
    public OutboxDispatcher(SqlSessionFactory sessions, OutboundSender sender, FlowSettings settings, Clock clock,
            Runnable wake) {
        this(sessions, new SmsDelivery(sender), settings, clock, wake);
    }

    /**
     * @param delivery where the claimed SMS go: the delivery route of their recipient kind
     * @param wake     called (without blocking) when the link answered while the in-flight limit was reached, so
     *                 that a run comes soon to make room: the wiring sends to the dispatcher's wake-up endpoint
     */
    public OutboxDispatcher(SqlSessionFactory sessions, Delivery delivery, FlowSettings settings, Clock clock,
            Runnable wake) {
        this.sessions = sessions;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
        this.wake = java.util.Objects.requireNonNull(wake);
    }

    /**
     * From now on the flow may claim SMS as it inserts them ({@link #reserve}); until then (the sender is not up)
     * every SMS waits PENDING for a run.
     */
    public void open() {
        open = !closed;
    }

    /**
     * Takes room in flight for up to {@code n} SMS that the caller inserts claimed (SENDING) and hands to
     * {@link #sendClaimed} after its commit. Returns how many it may claim: fewer, or 0, when the in-flight limit
     * is near or the dispatcher is not open; the caller queues the rest PENDING. The caller gives back what it
     * does not send ({@link #release}, or through {@link #sendClaimed}).
     */
    public int reserve(int n) {
        if (!open || n <= 0) {
            return 0;
        }
        while (true) {
            int taken = inFlight.get();
            int room = Math.min(n, settings.outboxMaxInFlight() - taken);
            if (room <= 0) {
                return 0;
            }
            if (inFlight.compareAndSet(taken, taken + room)) {
                return room;
            }
        }
    }

    /**
     * Stops sending, without waiting: from now on runs return at once and the flow claims nothing (the
     * application is stopping; what is queued stays PENDING for the next start). A run under way finishes.
     */
    public void close() {
        closed = true;
        open = false;
    }

    /** Gives back room taken by {@link #reserve} that is not used (the transaction did not commit). */
    public void release(int n) {
        if (n > 0) {
            inFlight.addAndGet(-n);
        }
    }

    /**
     * Sends SMS that a committed transaction inserted claimed, within the room it reserved ({@code reserved}, at
     * least {@code rows.size()}); what it reserved beyond them (rows that were already queued) is given back.
     */
    public void sendClaimed(List<OutboxRow> rows, int reserved) {
        if (rows.size() > reserved) {
            throw new IllegalArgumentException(rows.size() + " claimed SMS in room for " + reserved);
        }
        release(reserved - rows.size());
        transmit(rows);
    }

    /** At startup, before the first run: rows a previous process claimed but did not finish become PENDING. */
    public int releaseStale() {
        try (SqlSession session = sessions.openSession(true)) {
            int n = session.getMapper(OutboxMapper.class)
                    .releaseStale(clock.instant().minus(settings.outboxReleaseAfter()));
            if (n > 0) {
                LOG.warn("Released {} outbox rows left SENDING by the previous run; they are sent again", n);
            }
            return n;
        }
    }

    /**
     * Records what the link answered since the last run, and claims and sends what is due, batch after batch
     * while there is room in flight. Returns how many rows were claimed.
     */
    public synchronized int dispatchDue() {
        if (closed) {
            return 0;
        }
        wakeAsked.set(false);
        int claimed = 0;
        while (true) {
            List<Answer> answered = answered();
            int room = settings.outboxMaxInFlight() - (inFlight.get() - answered.size());
            int limit = Math.max(0, Math.min(room, settings.outboxBatch()));
            List<OutboxRow> rows = recordAndClaim(answered, limit);
            inFlight.addAndGet(rows.size());
            transmit(rows);
            claimed += rows.size();
            if (limit == 0 || rows.size() < limit) {
                return claimed;
            }
        }
    }

    /** Rows handed to the sender and not yet recorded as answered. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Up to {@value #ANSWER_BATCH} answers of the link since they were last taken. */
    private List<Answer> answered() {
        List<Answer> done = new ArrayList<>();
        Answer next;
        while (done.size() < ANSWER_BATCH && (next = answers.poll()) != null) {
            done.add(next);
        }
        return done;
    }

    /** In one transaction: records the answers, and claims up to {@code limit} due rows. */
    private List<OutboxRow> recordAndClaim(List<Answer> answered, int limit) {
        if (answered.isEmpty() && limit == 0) {
            return List.of();
        }
        Instant now = clock.instant();
        try (SqlSession session = sessions.openSession(false)) {
            OutboxMapper outbox = session.getMapper(OutboxMapper.class);
            List<SentMark> sent = answered.stream().filter(Answer::sent).map(a -> new SentMark(a.row().id(),
                    a.outcome().account(), String.join(",", a.outcome().linkMessageIds()))).toList();
            if (!sent.isEmpty()) {
                outbox.markAllSent(sent, now);
            }
            answered.stream().filter(a -> !a.sent()).forEach(a -> recordFailure(outbox, a));
            List<OutboxRow> claimed = limit == 0 ? List.of() : outbox.lockDue(now, limit);
            if (!claimed.isEmpty()) {
                outbox.markSending(claimed.stream().map(OutboxRow::id).toList(), now);
            }
            session.commit();
            inFlight.addAndGet(-answered.size());
            return claimed;
        } catch (RuntimeException e) {
            if (!answered.isEmpty()) {
                // kept for the next run (the timer's, also after a database outage): the rows stay SENDING and
                // in flight until their answers are recorded, so neither the rows nor the room are lost
                answers.addAll(answered);
                LOG.warn("Could not record the link's answers for {} outbox rows ({}); the next run records them",
                        answered.size(), e.toString());
            }
            throw e;
        }
    }

    /** Hands the rows to their delivery route; their room in flight is taken already. */
    private void transmit(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<OutboundSms> sms = rows.stream().map(row -> new OutboundSms(String.valueOf(row.id()), row.recipient(),
                settings.shortCode(), row.text())).toList();
        List<CompletableFuture<SendOutcome>> outcomes;
        try {
            outcomes = delivery.deliver(sms);
            if (outcomes.size() != rows.size()) {
                throw new IllegalStateException(rows.size() + " SMS delivered, " + outcomes.size() + " outcomes");
            }
        } catch (RuntimeException e) {
            for (OutboxRow row : rows) {
                answered(new Answer(row, null, e, clock.instant()));
            }
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            outcomes.get(i).whenComplete((outcome, error) -> answered(new Answer(row, outcome, error, clock.instant())));
        }
    }

    /** Queues the answer for the next run; wakes the dispatcher when it waits for room in flight. */
    private void answered(Answer answer) {
        answers.add(answer);
        if (inFlight.get() >= settings.outboxMaxInFlight() && wakeAsked.compareAndSet(false, true)) {
            wake.run();
        }
    }

    /**
     * A failed send: back to PENDING after the backoff (counted from when it failed), or FAILED after the
     * last attempt.
     */
    private void recordFailure(OutboxMapper outbox, Answer failed) {
        OutboxRow row = failed.row();
        String previous = MDC.get("ticket");
        if (row.ticketId() != null) {
            MDC.put("ticket", "#" + row.ticketId());
        }
        try {
            int attempts = row.attempts() + 1;
            String reason = failed.error() != null ? String.valueOf(failed.error()) : failed.outcome().detail();
            reason = reason == null ? "failed" : reason.substring(0, Math.min(reason.length(), 480));
            if (attempts >= settings.outboxMaxAttempts()) {
                outbox.markFailed(row.id(), reason);
                LOG.error("Outbox {} ({}, ticket id {}) to {} FAILED after {} attempts: {}", row.id(),
                        row.eventKey(), row.ticketId(), Masking.mask(row.recipient()), attempts, reason);
            } else {
                Instant next = failed.at().plus(settings.backoffAfter(attempts));
                outbox.markRetry(row.id(), next, reason);
                LOG.warn("Outbox {} ({}, ticket id {}) attempt {} failed: {}; retry at {}", row.id(), row.eventKey(),
                        row.ticketId(), attempts, reason, next);
            }
        } finally {
            LogContext.restore("ticket", previous);
        }
    }
}
