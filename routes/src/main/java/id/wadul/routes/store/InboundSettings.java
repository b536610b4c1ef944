package id.wadul.routes.store;

import id.wadul.routes.config.Settings;
import id.wadul.routes.health.DatabaseAvailability;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Settings of the inbound store ({@link MariaDbInboundSink}), built once from the settings.
 *
 * @param dedupeWindow  a copy of a message within this long can be the same message ({@code inbound.dedupe.window})
 * @param linkTimeout   the shortest time a link waits for our answer ({@code inbound.dedupe.linkTimeout})
 * @param queueCapacity messages waiting to be written, at most ({@code inbound.queue.capacity})
 * @param writers       writer threads ({@code inbound.writers})
 */
public record InboundSettings(Duration dedupeWindow, Duration linkTimeout, int queueCapacity, int writers) {

    /** Reads the keys named above; all are required. */
    public static InboundSettings from(Settings s) {
        return new InboundSettings(s.getDuration("inbound.dedupe.window"), s.getDuration("inbound.dedupe.linkTimeout"),
                s.getInt("inbound.queue.capacity"), s.getInt("inbound.writers"));
    }

    /**
     * A sink with these settings and the default batch size.
     *
     * @param onCommitted the flow's hook: the ids each commit stored (see {@link MariaDbInboundSink})
     */
    public MariaDbInboundSink sink(SqlSessionFactory sessions, DatabaseAvailability availability,
            Consumer<List<Long>> onCommitted) {
        return new MariaDbInboundSink(sessions, dedupeWindow, linkTimeout, queueCapacity,
                MariaDbInboundSink.DEFAULT_MAX_BATCH, writers, availability, onCommitted);
    }
}
