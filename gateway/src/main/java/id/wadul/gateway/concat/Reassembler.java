package id.wadul.gateway.concat;

import id.wadul.gateway.InboundPart;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts the parts of concatenated SMS back together. Thread-safe: parts of one message may arrive on
 * several sessions at once.
 *
 * <p>Parts belong together when they share source, destination, reference and total; the account is
 * not part of the key, since a link may spread the parts over several binds. The first part for a seq
 * wins; a repeated seq is ignored. A message just completed is remembered for the timeout, so that a
 * link resubmitting one of its parts (same seq, same text) afterwards does not start a bogus new
 * message; any other part with that key starts a new group (a sender reusing its reference). A part
 * arriving after its group expired starts a new group and is delivered, incomplete, on its own.
 *
 * <p>Call {@link #expire()} regularly: it returns the groups that waited longer than the timeout, and
 * those evicted because more than {@code maxPendingMessages} were pending, all marked incomplete.
 */
public final class Reassembler {

    private record Key(String source, String destination, int reference, int total) {
    }

    private static final class Group {
        final Instant firstArrival;
        final TreeMap<Integer, InboundPart> parts = new TreeMap<>();

        Group(Instant firstArrival) {
            this.firstArrival = firstArrival;
        }

        Assembled assemble(int total, boolean incomplete) {
            return new Assembled(List.copyOf(parts.values()), total, incomplete);
        }
    }

    /** Texts by seq of a recently completed message. */
    private record Completed(Instant at, Map<Integer, String> texts) {
    }

    private final Duration timeout;
    private final Clock clock;
    private final int maxPendingMessages;
    private final Object lock = new Object();
    /** Insertion order is arrival order of each group's first part, so the eldest entry is the oldest. */
    private final LinkedHashMap<Key, Group> groups = new LinkedHashMap<>();
    private final List<Assembled> evicted = new ArrayList<>();
    /** Recently completed messages, oldest first; pruned by {@link #expire} and bounded like the groups. */
    private final LinkedHashMap<Key, Completed> completed = new LinkedHashMap<>();

    public Reassembler(Duration timeout, Clock clock, int maxPendingMessages) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("negative timeout " + timeout);
        }
        if (maxPendingMessages < 1) {
            throw new IllegalArgumentException("maxPendingMessages must be at least 1, got " + maxPendingMessages);
        }
        this.timeout = timeout;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxPendingMessages = maxPendingMessages;
    }

    /**
     * Adds a part.
     *
     * @return the whole message once every seq 1..total has arrived; empty while parts are missing or
     *         when this seq was already there
     * @throws IllegalArgumentException if the part's total or seq is out of range
     */
    public Optional<Assembled> add(InboundPart part) {
        if (part.total() < 1 || part.seq() < 1 || part.seq() > part.total()) {
            throw new IllegalArgumentException("part seq " + part.seq() + " of " + part.total() + " is out of range");
        }
        Key key = new Key(part.source(), part.destination(), part.reference(), part.total());
        synchronized (lock) {
            Group group = groups.get(key);
            if (group == null) {
                if (isResubmission(key, part)) {
                    return Optional.empty();
                }
                group = new Group(clock.instant());
                groups.put(key, group);
            }
            group.parts.putIfAbsent(part.seq(), part);
            if (group.parts.size() == part.total()) {
                groups.remove(key);
                remember(key, group);
                return Optional.of(group.assemble(key.total(), false));
            }
            evictOverflow();
            return Optional.empty();
        }
    }

    /**
     * Removes and returns, marked incomplete, every group whose first part arrived more than the timeout
     * ago, and every group evicted by {@code add} since the last call.
     */
    public List<Assembled> expire() {
        Instant deadline = clock.instant().minus(timeout);
        synchronized (lock) {
            List<Assembled> out = new ArrayList<>(evicted);
            evicted.clear();
            completed.values().removeIf(c -> c.at().isBefore(deadline));
            // Scan all rather than stop at the first young group: a wall clock can step back.
            Iterator<Map.Entry<Key, Group>> it = groups.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Key, Group> entry = it.next();
                if (entry.getValue().firstArrival.isBefore(deadline)) {
                    out.add(entry.getValue().assemble(entry.getKey().total(), true));
                    it.remove();
                }
            }
            return out;
        }
    }

    /** Number of messages still waiting for parts (evicted ones not counted). */
    public int pending() {
        synchronized (lock) {
            return groups.size();
        }
    }

    private boolean isResubmission(Key key, InboundPart part) {
        Completed done = completed.get(key);
        return done != null && !done.at().isBefore(clock.instant().minus(timeout))
                && Objects.equals(done.texts().get(part.seq()), part.text());
    }

    private void remember(Key key, Group group) {
        Map<Integer, String> texts = new HashMap<>();
        group.parts.forEach((seq, p) -> texts.put(seq, p.text()));
        completed.remove(key);
        completed.put(key, new Completed(clock.instant(), texts));
        Iterator<Key> it = completed.keySet().iterator();
        while (completed.size() > maxPendingMessages && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private void evictOverflow() {
        Iterator<Map.Entry<Key, Group>> it = groups.entrySet().iterator();
        while (groups.size() > maxPendingMessages && it.hasNext()) {
            Map.Entry<Key, Group> eldest = it.next();
            evicted.add(eldest.getValue().assemble(eldest.getKey().total(), true));
            it.remove();
        }
    }
}
