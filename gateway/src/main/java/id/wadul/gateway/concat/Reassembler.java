package id.wadul.gateway.concat;

import id.wadul.gateway.InboundPart;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * wins; a repeated seq is ignored. A part that arrives after its message was completed or expired
 * starts a new group (the store's dedupe keys catch a resubmission).
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

    private final Duration timeout;
    private final Clock clock;
    private final int maxPendingMessages;
    private final Object lock = new Object();
    /** Insertion order is arrival order of each group's first part, so the eldest entry is the oldest. */
    private final LinkedHashMap<Key, Group> groups = new LinkedHashMap<>();
    private final List<Assembled> evicted = new ArrayList<>();

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
                group = new Group(clock.instant());
                groups.put(key, group);
            }
            group.parts.putIfAbsent(part.seq(), part);
            if (group.parts.size() == part.total()) {
                groups.remove(key);
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

    private void evictOverflow() {
        Iterator<Map.Entry<Key, Group>> it = groups.entrySet().iterator();
        while (groups.size() > maxPendingMessages && it.hasNext()) {
            Map.Entry<Key, Group> eldest = it.next();
            evicted.add(eldest.getValue().assemble(eldest.getKey().total(), true));
            it.remove();
        }
    }
}
