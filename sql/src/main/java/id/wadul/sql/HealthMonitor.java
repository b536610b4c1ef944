package id.wadul.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link DatabaseHealth} current: a probe every {@link #INTERVAL} opens its own short-lived connection
 * (not one from the pool, which may be busy with work) with short timeouts and checks it; the supervisor of an
 * embedded server reports its restarts. {@link #current()} never blocks.
 */
final class HealthMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final String url;
    private final Properties login = new Properties();
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private DatabaseHealth health;
    private boolean restarting;
    private int restarts;

    HealthMonitor(String url, String user, String password, Clock clock) {
        this.url = url;
        this.clock = clock;
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "1000");
        login.setProperty("socketTimeout", "2000");
        this.health = new DatabaseHealth(DatabaseHealth.State.UP, "", clock.instant(), 0);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "db-health");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Begins probing (the database was reached at start). */
    void start() {
        timer.scheduleWithFixedDelay(this::probe, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized DatabaseHealth current() {
        return health;
    }

    /** The embedded server died, or a new restart attempt begins: one more restart, state RESTARTING. */
    synchronized void restarting(String detail) {
        restarts++;
        restarting = true;
        Instant since = health.state() == DatabaseHealth.State.UP ? clock.instant() : health.since();
        health = new DatabaseHealth(DatabaseHealth.State.RESTARTING, detail, since, restarts);
    }

    /** A restart attempt failed; the state stays RESTARTING with this detail. */
    synchronized void restartFailed(String detail) {
        health = new DatabaseHealth(DatabaseHealth.State.RESTARTING, detail, health.since(), restarts);
    }

    /** The embedded server runs again: probe at once. */
    void restarted() {
        synchronized (this) {
            restarting = false;
        }
        timer.execute(this::probe);
    }

    private void probe() {
        String error = check();
        synchronized (this) {
            DatabaseHealth before = health;
            if (error == null) {
                if (before.state() != DatabaseHealth.State.UP && !restarting) {
                    health = new DatabaseHealth(DatabaseHealth.State.UP, "", clock.instant(), restarts);
                    LOG.info("Database up again after {} s ({} {})",
                            Duration.between(before.since(), health.since()).toSeconds(), before.state(),
                            before.detail());
                }
            } else if (restarting) {
                return;
            } else if (before.state() == DatabaseHealth.State.UP) {
                health = new DatabaseHealth(DatabaseHealth.State.DOWN, error, clock.instant(), restarts);
                LOG.warn("Database down: {}", error);
            } else if (!before.detail().equals(error)) {
                health = new DatabaseHealth(DatabaseHealth.State.DOWN, error, before.since(), restarts);
            }
        }
    }

    /** Null when a new connection works, else one line on why not. */
    private String check() {
        try (Connection connection = new org.mariadb.jdbc.Driver().connect(url, login)) {
            return connection != null && connection.isValid(2) ? null : "connection not valid";
        } catch (SQLException e) {
            return oneLine(e);
        } catch (RuntimeException e) {
            return oneLine(e);
        }
    }

    /** The innermost cause's message, first line. */
    static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
