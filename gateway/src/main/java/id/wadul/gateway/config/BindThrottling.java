package id.wadul.gateway.config;

import java.time.Duration;

/**
 * How bind guessing is slowed down (smpp.bind.*). A failed bind (unknown system_id, address outside the
 * account's CIDRs, wrong password) is answered after {@code failureDelay} times its step: the number of
 * failures of its address, plus one for every {@code maxFailures} failures of its account from any address,
 * at most {@code maxFailures} steps. The {@code maxFailures}-th failure of an address makes every bind from
 * it refused (ESME_RBINDFAIL, then close; the password is not checked) for {@code refusal}. Failures are
 * forgotten after {@code refusal} without one, or, for an address, at its next successful bind. A correct
 * bind from an address that is not refused is never delayed. IPv6 addresses count per /64.
 *
 * @param maxTrackedAddresses addresses remembered at once; past it the one with the oldest failure is forgotten
 */
public record BindThrottling(Duration failureDelay, int maxFailures, Duration refusal, int maxTrackedAddresses) {

    public BindThrottling {
        if (failureDelay.isNegative() || refusal.isNegative()) {
            throw new IllegalArgumentException("smpp.bind.failureDelay and smpp.bind.refusal must not be negative");
        }
        if (maxFailures < 1) {
            throw new IllegalArgumentException("smpp.bind.maxFailures must be at least 1, got " + maxFailures);
        }
        if (maxTrackedAddresses < 1) {
            throw new IllegalArgumentException("smpp.bind.maxTrackedAddresses must be at least 1, got "
                    + maxTrackedAddresses);
        }
    }

    /** The longest delay a failed bind waits: {@code failureDelay × maxFailures}. */
    public Duration maxDelay() {
        return failureDelay.multipliedBy(maxFailures);
    }
}
