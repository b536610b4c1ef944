package id.wadul.gateway.smpp;

import id.wadul.gateway.config.BindThrottling;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers failed binds per source address and per account, and decides how long a failed bind's answer
 * waits and which addresses are refused (rules in {@link BindThrottling}). Shared by every event loop:
 * synchronized; it only counts, the caller schedules the delayed answer. Memory is bounded: addresses are
 * forgotten after the refusal period without a failure, and at most maxTrackedAddresses are kept (the one
 * with the oldest failure goes first); accounts are only the configured ones.
 */
final class BindGuard {

    /**
     * What one failed bind gets.
     *
     * @param addressFailures failures of its address so far, this one included
     * @param accountFailures failures of its account from every address, this one included (0: unknown account)
     * @param refusedNow      this failure made the address refused
     */
    record Failure(String address, Duration delay, int addressFailures, int accountFailures, boolean refusedNow) {
    }

    private static final class Count {
        int failures;
        Instant lastFailure;
    }

    private final BindThrottling settings;
    private final Clock clock;
    /** By address key; order is the order of each one's last failure, so the eldest is the first to go. */
    private final LinkedHashMap<String, Count> addresses = new LinkedHashMap<>();
    private final Map<String, Count> accounts = new HashMap<>();

    BindGuard(BindThrottling settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** True while binds from this address are refused without being checked. */
    synchronized boolean refused(InetAddress address) {
        Count count = addresses.get(key(address));
        return count != null && count.failures >= settings.maxFailures() && !expired(count, clock.instant());
    }

    /**
     * Counts a failed bind.
     *
     * @param systemId the account it named, or null when that account does not exist (not counted per account)
     */
    synchronized Failure failed(InetAddress address, String systemId) {
        Instant now = clock.instant();
        forgetExpired(now);
        String key = key(address);
        Count count = addresses.remove(key);
        if (count == null || expired(count, now)) {
            count = new Count();
        }
        count.failures++;
        count.lastFailure = now;
        addresses.put(key, count);
        Iterator<Count> eldest = addresses.values().iterator();
        while (addresses.size() > settings.maxTrackedAddresses()) {
            eldest.next();
            eldest.remove();
        }
        int accountFailures = 0;
        if (systemId != null) {
            Count account = accounts.get(systemId);
            if (account == null || expired(account, now)) {
                account = new Count();
                accounts.put(systemId, account);
            }
            account.failures++;
            account.lastFailure = now;
            accountFailures = account.failures;
        }
        int steps = Math.min(settings.maxFailures(), count.failures + accountFailures / settings.maxFailures());
        return new Failure(key, settings.failureDelay().multipliedBy(steps), count.failures, accountFailures,
                count.failures == settings.maxFailures());
    }

    /** A correct bind: the address's failures are forgotten (its account's are not). */
    synchronized void succeeded(InetAddress address) {
        addresses.remove(key(address));
    }

    /** Addresses remembered now (for tests and the memory bound). */
    synchronized int trackedAddresses() {
        return addresses.size();
    }

    /** Failures remembered for this address (0 when none or forgotten). */
    synchronized int failures(InetAddress address) {
        Count count = addresses.get(key(address));
        return count == null || expired(count, clock.instant()) ? 0 : count.failures;
    }

    /** The address as counted: IPv4 as it is, IPv6 by its /64 (one host usually holds a whole /64). */
    static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                out.append(Integer.toHexString((b[i] & 0xff) << 8 | (b[i + 1] & 0xff))).append(':');
            }
            return out.append(":/64").toString();
        }
        return address.getHostAddress();
    }

    private boolean expired(Count count, Instant now) {
        return !now.isBefore(count.lastFailure.plus(settings.refusal()));
    }

    private void forgetExpired(Instant now) {
        Iterator<Count> it = addresses.values().iterator();
        while (it.hasNext() && expired(it.next(), now)) {
            it.remove();
        }
    }
}
