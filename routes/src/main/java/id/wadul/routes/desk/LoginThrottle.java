package id.wadul.routes.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caps login attempts per client address in a sliding window, on top of the per-account lockout, so that one
 * machine cannot try passwords against many accounts. Memory is bounded: at most {@code maxClients} addresses.
 */
final class LoginThrottle {

    private final int maxAttempts;
    private final Duration window;
    private final Clock clock;
    private final int maxClients;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    LoginThrottle(int maxAttempts, Duration window, Clock clock, int maxClients) {
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.clock = clock;
        this.maxClients = maxClients;
    }

    /** Counts an attempt from {@code client}; false when it is over the limit (the attempt is refused). */
    boolean tryAcquire(String client) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(window);
        if (attempts.size() >= maxClients) {
            attempts.values().removeIf(q -> {
                synchronized (q) {
                    return q.isEmpty() || q.peekLast().isBefore(cutoff);
                }
            });
        }
        Deque<Instant> queue = attempts.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (queue) {
            while (!queue.isEmpty() && queue.peekFirst().isBefore(cutoff)) {
                queue.pollFirst();
            }
            if (queue.size() >= maxAttempts) {
                return false;
            }
            queue.addLast(now);
            return true;
        }
    }
}
