package id.wadul.routes.flow;

import id.wadul.gateway.OutboundSender;
import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.outbox.OutboxRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends what the outbox holds. Each run claims due PENDING rows in a transaction (SENDING, attempts + 1),
 * hands them to the {@link OutboundSender}, and records each outcome: SENT with the link's message ids, or
 * back to PENDING with a backoff, or FAILED after the last attempt.
 *
 * <p>Delivery is at least once: a crash after the link took an SMS but before SENT was committed leaves
 * the row SENDING, and {@link #releaseStale()} at the next start makes it PENDING, so that one SMS can go
 * out twice. Re-running an event never queues a second row (UNIQUE event_key, recipient).
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final SqlSessionFactory sessions;
    private final OutboundSender sender;
    private final FlowSettings settings;
    private final Clock clock;
    private static final int SENT_BATCH = 500;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    private record Sent(OutboxRow row, SendOutcome outcome) {
    }

    public OutboxDispatcher(SqlSessionFactory sessions, OutboundSender sender, FlowSettings settings, Clock clock) {
        this.sessions = sessions;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
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

    /** Claims and sends what is due. Returns how many rows were claimed. */
    public int dispatchDue() {
        int room = settings.outboxMaxInFlight() - inFlight.get();
        if (room <= 0) {
            return 0;
        }
        List<OutboxRow> claimed;
        Instant now = clock.instant();
        try (SqlSession session = sessions.openSession(false)) {
            OutboxMapper outbox = session.getMapper(OutboxMapper.class);
            claimed = outbox.lockDue(now, Math.min(room, settings.outboxBatch()));
            if (claimed.isEmpty()) {
                return 0;
            }
            outbox.markSending(claimed.stream().map(OutboxRow::id).toList(), now);
            session.commit();
        }
        // what the link answers during the loop is marked SENT in one batch after it
        boolean holding = draining.compareAndSet(false, true);
        try {
            for (OutboxRow row : claimed) {
                send(row);
            }
        } finally {
            if (holding) {
                draining.set(false);
            }
        }
        drainSent();
        return claimed.size();
    }

    /** Rows handed to the sender and not yet answered. */
    public int inFlight() {
        return inFlight.get();
    }

    private void send(OutboxRow row) {
        inFlight.incrementAndGet();
        OutboundSms sms = new OutboundSms(String.valueOf(row.id()), row.recipient(), settings.shortCode(), row.text());
        try {
            sender.send(sms).whenComplete((outcome, error) -> {
                if (error == null && outcome.sent()) {
                    sent.add(new Sent(row, outcome));
                    drainSent();
                    return;
                }
                try {
                    record(row, outcome, error);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            try {
                record(row, null, e);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    /**
     * Marks SENT what the link took, many rows per transaction (one JDBC batch): whichever completion finds
     * no other thread at it drains the queue. A row still SENDING at a crash is released at the next start.
     */
    private void drainSent() {
        while (!sent.isEmpty() && draining.compareAndSet(false, true)) {
            try {
                List<Sent> done = new ArrayList<>();
                for (Sent s = sent.poll(); s != null && done.size() < SENT_BATCH; s = sent.poll()) {
                    done.add(s);
                }
                markSent(done);
            } finally {
                draining.set(false);
            }
        }
    }

    private void markSent(List<Sent> done) {
        try (SqlSession session = sessions.openSession(ExecutorType.BATCH, false)) {
            OutboxMapper outbox = session.getMapper(OutboxMapper.class);
            Instant now = clock.instant();
            for (Sent s : done) {
                outbox.markSent(s.row().id(), s.outcome().account(), String.join(",", s.outcome().linkMessageIds()), now);
            }
            session.commit();
            LOG.debug("Outbox: {} rows sent", done.size());
        } catch (RuntimeException e) {
            LOG.error("Could not record {} outbox rows as sent; they stay SENDING until the next start", done.size(), e);
        } finally {
            inFlight.addAndGet(-done.size());
        }
    }

    private void record(OutboxRow row, SendOutcome outcome, Throwable error) {
        String previous = MDC.get("ticket");
        if (row.ticketId() != null) {
            MDC.put("ticket", "#" + row.ticketId());
        }
        try (SqlSession session = sessions.openSession(true)) {
            OutboxMapper outbox = session.getMapper(OutboxMapper.class);
            Instant now = clock.instant();
            int attempts = row.attempts() + 1;
            if (error == null && outcome.sent()) {
                outbox.markSent(row.id(), outcome.account(), String.join(",", outcome.linkMessageIds()), now);
                LOG.debug("Outbox {} sent to {} via {}", row.id(), Masking.mask(row.recipient()), outcome.account());
                return;
            }
            String reason = error != null ? String.valueOf(error) : outcome.detail();
            reason = reason == null ? "failed" : reason.substring(0, Math.min(reason.length(), 480));
            if (attempts >= settings.outboxMaxAttempts()) {
                outbox.markFailed(row.id(), reason);
                LOG.error("Outbox {} ({}, ticket id {}) to {} FAILED after {} attempts: {}", row.id(),
                        row.eventKey(), row.ticketId(), Masking.mask(row.recipient()), attempts, reason);
            } else {
                Instant next = now.plus(settings.backoffAfter(attempts));
                outbox.markRetry(row.id(), next, reason);
                LOG.warn("Outbox {} ({}, ticket id {}) attempt {} failed: {}; retry at {}", row.id(), row.eventKey(),
                        row.ticketId(), attempts, reason, next);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not record the outcome of outbox {}; it stays SENDING until the next start", row.id(), e);
        } finally {
            TicketService.restore("ticket", previous);
        }
    }
}
