package id.wadul.bench;

import java.time.Duration;

/**
 * How long and how hard one load run pushes.
 *
 * @param duration        sending stops after this long
 * @param maxMessages     or after this many submit_sm, whichever comes first
 * @param rate            target submit_sm per second over all binds; 0 = as fast as the windows allow
 * @param responseTimeout a submit_sm unanswered this long counts as an error and frees its window slot
 * @param drainTimeout    after sending stops, how long to wait for the last responses
 */
record RunPlan(Duration duration, long maxMessages, double rate, Duration responseTimeout, Duration drainTimeout) {

    static RunPlan flatOut(Duration duration) {
        return new RunPlan(duration, Long.MAX_VALUE, 0, Duration.ofSeconds(10), Duration.ofSeconds(15));
    }

    static RunPlan atRate(Duration duration, double rate) {
        return new RunPlan(duration, Long.MAX_VALUE, rate, Duration.ofSeconds(10), Duration.ofSeconds(15));
    }

    boolean paced() {
        return rate > 0;
    }
}
