package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.config.BindThrottling;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BindGuardTest {

    private static final Duration DELAY = Duration.ofMillis(500);
    private static final Duration REFUSAL = Duration.ofMinutes(10);

    private final HandClock clock = new HandClock();
    private final BindGuard guard = new BindGuard(new BindThrottling(DELAY, 5, REFUSAL, 100), clock);

    private static InetAddress ip(String address) throws Exception {
        return InetAddress.getByName(address);
    }

    @Test
    void eachFailureOfAnAddressWaitsLongerUntilItIsRefused() throws Exception {
        InetAddress guesser = ip("203.0.113.7");
        for (int n = 1; n <= 5; n++) {
            assertThat(guard.refused(guesser)).isFalse();
            BindGuard.Failure failure = guard.failed(guesser, null);
            assertThat(failure.addressFailures()).isEqualTo(n);
            assertThat(failure.delay()).isEqualTo(DELAY.multipliedBy(n));
            assertThat(failure.refusedNow()).isEqualTo(n == 5);
        }
        assertThat(guard.refused(guesser)).isTrue();
        assertThat(guard.refused(ip("203.0.113.8"))).isFalse();
    }

    @Test
    void refusalEndsAfterItsPeriodAndTheCountStartsAgain() throws Exception {
        InetAddress guesser = ip("203.0.113.7");
        for (int n = 1; n <= 5; n++) {
            guard.failed(guesser, "link");
            clock.advance(Duration.ofSeconds(1));
        }
        clock.advance(REFUSAL.minusSeconds(2));
        assertThat(guard.refused(guesser)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(guard.refused(guesser)).isFalse();
        assertThat(guard.failures(guesser)).isZero();
        assertThat(guard.failed(guesser, null).addressFailures()).isEqualTo(1);
    }

    @Test
    void successForgetsTheAddressButNotTheAccount() throws Exception {
        InetAddress operator = ip("198.51.100.1");
        guard.failed(operator, "link");
        guard.failed(operator, "link");
        guard.succeeded(operator);
        assertThat(guard.failures(operator)).isZero();
        assertThat(guard.trackedAddresses()).isZero();
        assertThat(guard.failed(operator, "link").accountFailures()).isEqualTo(3);
    }

    @Test
    void failuresOfAnAccountFromManyAddressesAddDelayToFailuresOnly() throws Exception {
        // 30 addresses guess "link" once each: nobody is refused, but the account's failures add up
        for (int i = 1; i <= 30; i++) {
            BindGuard.Failure failure = guard.failed(ip("203.0.113." + i), "link");
            assertThat(failure.refusedNow()).isFalse();
            assertThat(failure.accountFailures()).isEqualTo(i);
            assertThat(failure.delay()).isEqualTo(DELAY.multipliedBy(Math.min(5, 1 + i / 5)));
        }
        // an account nobody guesses is not slowed by it
        assertThat(guard.failed(ip("203.0.113.98"), "other").delay()).isEqualTo(DELAY);
        // and the rightful link's address is neither counted nor refused
        InetAddress operator = ip("198.51.100.1");
        assertThat(guard.refused(operator)).isFalse();
        assertThat(guard.failures(operator)).isZero();
    }

    @Test
    void trackedAddressesAreCappedOldestFailureFirst() throws Exception {
        for (int i = 0; i < 250; i++) {
            guard.failed(ip("10.0." + (i / 250) + "." + (i % 250)), null);
            clock.advance(Duration.ofMillis(1));
        }
        assertThat(guard.trackedAddresses()).isEqualTo(100);
        assertThat(guard.failures(ip("10.0.0.149"))).isZero();
        assertThat(guard.failures(ip("10.0.0.150"))).isEqualTo(1);
    }

    @Test
    void quietAddressesAreForgotten() throws Exception {
        for (int i = 0; i < 50; i++) {
            guard.failed(ip("10.0.0." + i), null);
        }
        clock.advance(REFUSAL);
        guard.failed(ip("10.0.1.1"), null);
        assertThat(guard.trackedAddresses()).isEqualTo(1);
    }

    @Test
    void ipv6AddressesCountPerSlash64() throws Exception {
        for (int n = 1; n <= 5; n++) {
            guard.failed(ip("2001:db8:1:2::" + Integer.toHexString(n)), null);
        }
        assertThat(guard.refused(ip("2001:db8:1:2:ffff::9"))).isTrue();
        assertThat(guard.refused(ip("2001:db8:1:3::1"))).isFalse();
        assertThat(BindGuard.key(ip("2001:db8:1:2::5"))).isEqualTo("2001:db8:1:2::/64");
        assertThat(BindGuard.key(ip("127.0.0.2"))).isEqualTo("127.0.0.2");
    }
}
