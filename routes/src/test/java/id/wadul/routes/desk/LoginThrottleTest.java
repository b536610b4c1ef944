package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(5), clock, 1000);

    void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void delaysGrowPerUsernameAndAddressUpToTheMaximum() {
        fail("siti", "10.0.0.9", 5);
        assertThat(throttle.waitFor("siti", "10.0.0.9")).isZero();
        fail("siti", "10.0.0.9", 1);
        assertThat(throttle.waitFor("Siti ", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        fail("siti", "10.0.0.9", 3);
        assertThat(throttle.waitFor("siti", "10.0.0.9")).isEqualTo(Duration.ofSeconds(8));
        fail("siti", "10.0.0.9", 10);
        assertThat(throttle.waitFor("siti", "10.0.0.9")).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.waitFor("siti", "10.0.0.1")).as("the operator at her own desk").isZero();
        assertThat(throttle.waitFor("budi", "10.0.0.9")).as("address not yet over its own limit").isZero();
    }

    @Test
    void anAddressTryingManyUsernamesIsSlowedAsAWhole() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("nama" + i, "10.0.0.9");
        }
        assertThat(throttle.waitFor("lain", "10.0.0.9")).isZero();
        throttle.failed("lain", "10.0.0.9");
        assertThat(throttle.waitFor("siapa-saja", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("siapa-saja", "10.0.0.8")).isZero();
    }

    @Test
    void successUnlockAndQuietTimeForget() {
        fail("siti", "10.0.0.9", 7);
        throttle.succeeded("siti", "10.0.0.9");
        assertThat(throttle.waitFor("siti", "10.0.0.9")).isZero();
        fail("budi", "10.0.0.7", 7);
        fail("budi", "10.0.0.6", 7);
        throttle.forget("BUDI");
        assertThat(throttle.waitFor("budi", "10.0.0.7")).isZero();
        assertThat(throttle.waitFor("budi", "10.0.0.6")).isZero();
        fail("tono", "10.0.0.5", 8);
        clock.advance(Duration.ofMinutes(16));
        fail("tono", "10.0.0.5", 1);
        assertThat(throttle.waitFor("tono", "10.0.0.5")).as("counted afresh after a quiet time").isZero();
    }

    @Test
    void memoryIsBounded() {
        LoginThrottle small = new LoginThrottle(5, 20, Duration.ofMinutes(5), clock, 100);
        for (int i = 0; i < 1000; i++) {
            small.failed("u" + i, "10.0." + (i / 250) + "." + (i % 250));
        }
        clock.advance(Duration.ofMinutes(20));
        for (int i = 0; i < 1000; i++) {
            small.failed("v" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(small.size()).isLessThanOrEqualTo(100);
    }
}
