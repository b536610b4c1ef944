package id.wadul.gateway.smpp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; it throws while {@link #broken} is set. */
final class HandClock extends Clock {

    private volatile Instant now = Instant.parse("2026-11-29T08:00:00Z");
    volatile boolean broken;

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        if (broken) {
            throw new IllegalStateException("clock broken on purpose");
        }
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
