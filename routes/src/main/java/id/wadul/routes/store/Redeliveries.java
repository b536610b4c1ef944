package id.wadul.routes.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells a link's re-delivery of a stored message from a person sending the same text again.
 *
 * <p>A link (an SMSC client like Kannel, or jSMPP) sends a PDU again only when it did not get our OK answer:
 * its response timeout passed first, or the connection broke (then it re-sends on its next bind, possibly after
 * our restart). A person who sends the same text again ({@code STATUS K7M4PX} twice) does so after the link has
 * had our answer to the first one. So a message with the dedupe key of one stored within
 * {@code inbound.dedupe.window} is a re-delivery, answered with the earlier id and stored once, when the link
 * may not have received the earlier answer:
 * <ol>
 *   <li>the two arrived within {@code inbound.dedupe.linkTimeout} of each other (a link's shortest response
 *       timeout; no person re-types an SMS that fast);</li>
 *   <li>the earlier one was stored by an earlier run of wadul (its answer may have died with that process);</li>
 *   <li>its commit took longer than the link timeout (the answer may have come after the link gave up; this
 *       includes every answer the gateway gave up on, smpp.sinkTimeout being longer);</li>
 *   <li>the gateway reported its answer possibly lost ({@link #doubt}): the bind broke without an unbind
 *       soon after the answer was written, or the answer could not be written.</li>
 * </ol>
 * Otherwise the link had our answer, so the same text again is a new message. Doubts are kept in memory for the
 * window, at most {@value #MAX_DOUBTS}; past that every earlier message counts as doubtful for a window (the
 * safe side: no double ticket, at worst an unanswered repeat, as before this rule).
 */
final class Redeliveries {

    static final int MAX_DOUBTS = 100_000;

    private final Duration window;
    private final Duration linkTimeout;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<String, Instant> doubts = new ConcurrentHashMap<>();
    private volatile Instant allDoubtfulUntil = Instant.MIN;
    private volatile Instant nextPrune;

    Redeliveries(Duration window, Duration linkTimeout, Clock clock) {
        this.window = window;
        this.linkTimeout = linkTimeout;
        this.clock = clock;
        // stored times have millisecond precision: one stored in the starting millisecond is of this run
        this.startedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        this.nextPrune = startedAt.plus(window);
    }

    /** The answers to these keys' latest messages may not have reached the link. */
    void doubt(Collection<String> dedupeKeys) {
        Instant now = clock.instant();
        if (doubts.size() + dedupeKeys.size() > MAX_DOUBTS) {
            allDoubtfulUntil = now.plus(window);
            doubts.clear();
            return;
        }
        dedupeKeys.forEach(key -> doubts.put(key, now));
    }

    /** After a commit: a message stored slower than the link timeout may have been answered too late. */
    void committed(String dedupeKey, Instant receivedAt, Instant committedAt) {
        if (Duration.between(receivedAt, committedAt).compareTo(linkTimeout) > 0) {
            doubts.put(dedupeKey, committedAt);
        }
        if (committedAt.isAfter(nextPrune)) {
            nextPrune = committedAt.plus(window);
            Instant oldest = committedAt.minus(window);
            doubts.values().removeIf(at -> at.isBefore(oldest));
        }
    }

    /** Whether a message arriving {@code at} is a re-delivery of the stored one with its key (see the class). */
    boolean isRedelivery(String dedupeKey, Instant earlierReceivedAt, Instant at) {
        if (Duration.between(earlierReceivedAt, at).abs().compareTo(linkTimeout) <= 0
                || earlierReceivedAt.isBefore(startedAt) || clock.instant().isBefore(allDoubtfulUntil)) {
            return true;
        }
        Instant doubted = doubts.get(dedupeKey);
        return doubted != null && !doubted.isBefore(earlierReceivedAt);
    }
}
