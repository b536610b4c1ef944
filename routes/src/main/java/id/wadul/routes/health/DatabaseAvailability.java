package id.wadul.routes.health;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database can be reached, as its users found out: {@link #markDown} after a connection error,
 * then a probe thread tries a connection every {@code probeInterval} and marks it up again when one works.
 * Users check {@link #isDown()} to fail fast instead of each waiting for the pool's connection timeout.
 */
public final class DatabaseAvailability implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final DataSource dataSource;
    private final Duration probeInterval;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile Instant downSince;
    private volatile String reason;
    private volatile boolean closed;

    public DatabaseAvailability(DataSource dataSource, Duration probeInterval) {
        this.dataSource = Objects.requireNonNull(dataSource);
        this.probeInterval = probeInterval;
    }

    public boolean isDown() {
        return downSince != null;
    }

    /** Since when it is down, or null. */
    public Instant downSince() {
        return downSince;
    }

    /** Why it was marked down (the error), or null when it is up. */
    public String reason() {
        return reason;
    }

    /** The database could not be reached: users fail fast until a probe gets a connection again. */
    public void markDown(Throwable cause) {
        if (closed) {
            return;
        }
        reason = String.valueOf(cause);
        if (downSince == null) {
            downSince = Instant.now();
            LOG.error("Database unavailable ({}); inbound SMS are answered with a temporary error until it is back",
                    reason);
        }
        if (probing.compareAndSet(false, true)) {
            Thread probe = new Thread(this::probeUntilUp, "database-probe");
            probe.setDaemon(true);
            probe.start();
        }
    }

    private void probeUntilUp() {
        // (a markDown that came while this thread was ending found probing set: it is seen by the re-check)
        do {
            try {
                while (!closed && downSince != null) {
                    if (reachable()) {
                        LOG.warn("Database reachable again after {} s; inbound SMS are stored again",
                                Duration.between(downSince, Instant.now()).toSeconds());
                        reason = null;
                        downSince = null;
                    } else {
                        Thread.sleep(probeInterval.toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                probing.set(false);
            }
        } while (!closed && downSince != null && probing.compareAndSet(false, true));
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            reason = e.toString();
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
