package id.wadul.routes.camel;

import id.wadul.routes.config.Settings;
import java.time.Duration;

/**
 * The Camel routes' batch sizes and timers, built once from the settings and handed to the route builders
 * (no {@code {{...}}} placeholders: the values and their defaults live in the shipped conf/wadul.properties).
 *
 * @param intakeBatch      ids handed to the flow as one batch, at most ({@code flow.intake.batch})
 * @param sweepDelay       first run of the sweep after the start ({@code flow.sweep.delay})
 * @param sweepPeriod      time between sweeps ({@code flow.sweep.period})
 * @param sweepBatch       stored messages a sweep takes per batch ({@code flow.sweep.batch})
 * @param outboxPollPeriod how often the outbox looks for SMS that fell due ({@code outbox.poll.period})
 * @param escalationPeriod how often overdue tickets are looked for ({@code escalation.period})
 */
public record RouteSettings(int intakeBatch, Duration sweepDelay, Duration sweepPeriod, int sweepBatch,
        Duration outboxPollPeriod, Duration escalationPeriod) {

    public RouteSettings {
        if (intakeBatch < 1 || sweepBatch < 1) {
            throw new IllegalArgumentException("flow.intake.batch and flow.sweep.batch must be at least 1");
        }
    }

    /** Reads the keys named above; all are required. */
    public static RouteSettings from(Settings s) {
        return new RouteSettings(s.getInt("flow.intake.batch"), s.getDuration("flow.sweep.delay"),
                s.getDuration("flow.sweep.period"), s.getInt("flow.sweep.batch"), s.getDuration("outbox.poll.period"),
                s.getDuration("escalation.period"));
    }

    /** A timer endpoint's URI with this delay before the first run and this period. */
    static String timer(String name, Duration delay, Duration period) {
        return "timer:" + name + "?delay=" + delay.toMillis() + "&period=" + period.toMillis();
    }
}
