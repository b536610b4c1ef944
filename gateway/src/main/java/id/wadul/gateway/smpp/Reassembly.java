package id.wadul.gateway.smpp;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSink;
import id.wadul.gateway.InboundSms;
import id.wadul.gateway.concat.Reassembler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Puts stored parts back together and hands each whole (or, after the timeout, incomplete) message to
 * the sink. Shared by all sessions, so access to the {@link Reassembler} is synchronized; expiry runs on
 * the timer thread, never on an event loop. A failed hand-over is retried a few times; after that the
 * parts stay pending in the store and are reassembled again on the next start.
 */
final class Reassembly {

    private static final Logger LOG = LoggerFactory.getLogger(Reassembly.class);
    private static final int HAND_OVER_ATTEMPTS = 5;

    private final Reassembler reassembler;
    private final InboundSink sink;
    private final ScheduledExecutorService timer;

    Reassembly(Duration timeout, int maxPending, InboundSink sink, ScheduledExecutorService timer) {
        this.reassembler = new Reassembler(timeout, Clock.systemUTC(), maxPending);
        this.sink = sink;
        this.timer = timer;
        long every = Math.max(50, Math.min(1000, timeout.toMillis() / 4));
        timer.scheduleWithFixedDelay(this::expire, every, every, TimeUnit.MILLISECONDS);
    }

    /** Loads the parts stored before a restart. */
    void load(List<InboundPart> pendingParts) {
        pendingParts.forEach(this::add);
        if (!pendingParts.isEmpty()) {
            LOG.info("resumed reassembly with {} stored parts", pendingParts.size());
        }
    }

    void add(InboundPart stored) {
        InboundSms whole;
        synchronized (reassembler) {
            whole = reassembler.add(stored).map(a -> a.toSms()).orElse(null);
        }
        if (whole != null) {
            handOver(whole, 1);
        }
    }

    private void expire() {
        try {
            List<InboundSms> incomplete;
            synchronized (reassembler) {
                incomplete = reassembler.expire().stream().map(a -> a.toSms()).toList();
            }
            incomplete.forEach(sms -> handOver(sms, 1));
        } catch (RuntimeException e) {
            LOG.error("reassembly expiry failed", e);
        }
    }

    private void handOver(InboundSms sms, int attempt) {
        sink.accept(sms).whenComplete((id, error) -> {
            MDC.put("msgId", id == null ? "parts" + sms.partIds() : id);
            try {
                if (error == null) {
                    LOG.info("reassembled {}/{} parts from {}{}", sms.partIds().size(), sms.totalParts(),
                            sms.source(), sms.incomplete() ? " (incomplete)" : "");
                } else if (attempt < HAND_OVER_ATTEMPTS) {
                    LOG.warn("storing reassembled message failed (attempt {}): {}", attempt, error.toString());
                    timer.schedule(() -> handOver(sms, attempt + 1), 1L << attempt, TimeUnit.SECONDS);
                } else {
                    LOG.error("storing reassembled message failed; its parts stay pending until restart", error);
                }
            } finally {
                MDC.remove("msgId");
            }
        });
    }
}
