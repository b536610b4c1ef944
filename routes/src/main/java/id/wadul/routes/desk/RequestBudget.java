package id.wadul.routes.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per account for the lookups that read other people's tickets ("similar" and linking a call to a
 * ticket): {@code capacity} at once, refilled evenly over {@code period}. Enough for a presenter's show, far too
 * few to walk a kecamatan's tickets. Memory: one small entry per account that used it.
 */
final class RequestBudget {

    private final int capacity;
    private final Duration period;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        Instant at;
    }

    RequestBudget(int capacity, Duration period, Clock clock) {
        this.capacity = capacity;
        this.period = period;
        this.clock = clock;
    }

    /** Takes one request from the account's budget; 429 with a message in Bahasa Indonesia when spent. */
    void spend(DeskUser user) {
        Instant now = clock.instant();
        Bucket b = buckets.computeIfAbsent(user.id(), id -> {
            Bucket fresh = new Bucket();
            fresh.tokens = capacity;
            fresh.at = now;
            return fresh;
        });
        synchronized (b) {
            double elapsed = Math.max(0, Duration.between(b.at, now).toMillis());
            b.tokens = Math.min(capacity, b.tokens + elapsed * capacity / period.toMillis());
            b.at = now;
            if (b.tokens < 1) {
                long waitSeconds = (long) Math.ceil((1 - b.tokens) * period.toMillis() / capacity / 1000.0);
                throw new ApiException(429, "Terlalu banyak pencarian tiket dalam waktu singkat. Tunggu "
                        + Math.max(1, waitSeconds) + " detik lalu coba lagi.");
            }
            b.tokens -= 1;
        }
    }
}
