package id.wadul.routes.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without handing anyone a way to lock the rightful user out. Failures are counted per
 * (username as typed, client address) and per client address, never per account alone: someone guessing from
 * another address does not slow the operator at the desk. Past {@code freeFailures} failures of a pair (or
 * {@code freeAddressFailures} of an address) each further attempt must wait 1 s, 2 s, 4 s ... up to
 * {@code maxDelay}; an attempt that comes too early is refused without checking the password. Unknown usernames
 * are counted exactly like existing ones, so the answers do not tell which exist. A success clears its pair;
 * counts are forgotten after a quiet {@code 2 x maxDelay} (at least 15 min). Memory is bounded by
 * {@code maxEntries}.
 */
final class LoginThrottle {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final int freeFailures;
    private final int freeAddressFailures;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;
    private final int maxEntries;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private static final class Entry {
        int failures;
        Instant lastFailure;
        Instant notBefore;
    }

    LoginThrottle(int freeFailures, int freeAddressFailures, Duration maxDelay, Clock clock, int maxEntries) {
        this.freeFailures = freeFailures;
        this.freeAddressFailures = freeAddressFailures;
        this.maxDelay = maxDelay;
        Duration twice = maxDelay.multipliedBy(2);
        this.forgetAfter = twice.compareTo(Duration.ofMinutes(15)) > 0 ? twice : Duration.ofMinutes(15);
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    /** How long {@code address} must still wait before trying {@code username}; zero when it may try now. */
    Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration pair = remaining(pairKey(username, address), now);
        Duration byAddress = remaining(addressKey(address), now);
        return pair.compareTo(byAddress) >= 0 ? pair : byAddress;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        count(pairKey(username, address), freeFailures, now);
        count(addressKey(address), freeAddressFailures, now);
    }

    void succeeded(String username, String address) {
        entries.remove(pairKey(username, address));
    }

    /** An admin's unlock: forgets every address's failures for {@code username}. */
    void forget(String username) {
        String prefix = "u:" + normalise(username) + '\u0000';
        entries.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** Pairs and addresses tracked now. */
    int size() {
        return entries.size();
    }

    private Duration remaining(String key, Instant now) {
        Entry e = entries.get(key);
        if (e == null) {
            return Duration.ZERO;
        }
        synchronized (e) {
            return e.notBefore == null || !e.notBefore.isAfter(now) ? Duration.ZERO
                    : Duration.between(now, e.notBefore);
        }
    }

    private void count(String key, int free, Instant now) {
        if (entries.size() >= maxEntries && !entries.containsKey(key)) {
            entries.values().removeIf(e -> {
                synchronized (e) {
                    return e.lastFailure != null && e.lastFailure.plus(forgetAfter).isBefore(now);
                }
            });
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        synchronized (e) {
            if (e.lastFailure != null && e.lastFailure.plus(forgetAfter).isBefore(now)) {
                e.failures = 0;
                e.notBefore = null;
            }
            e.failures++;
            e.lastFailure = now;
            int over = e.failures - free;
            if (over > 0) {
                Duration delay = over > 20 ? maxDelay : FIRST_DELAY.multipliedBy(1L << (over - 1));
                e.notBefore = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
            }
        }
    }

    private static String pairKey(String username, String address) {
        return "u:" + normalise(username) + '\u0000' + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
