package id.wadul.sql;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded server again when it dies while the application runs (crash, OOM killer, an admin's
 * kill): at once, then after 1 s, 2 s, 4 s ... at most {@link #MAX_BACKOFF} between failed attempts, on the
 * same port, so the pool's URL stays valid and the pool reconnects by itself. Each attempt is logged and shown
 * in {@link DatabaseHealth}. {@link #close()} comes before the server's own close, so a stop is never taken for
 * a death.
 */
final class EmbeddedSupervisor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSupervisor.class);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final EmbeddedMariaDb server;
    private final HealthMonitor health;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Thread restarter;

    EmbeddedSupervisor(EmbeddedMariaDb server, HealthMonitor health) {
        this.server = server;
        this.health = health;
    }

    /** Watches the server process that runs now. */
    void watch() {
        ProcessHandle process = server.serverProcess();
        server.serverExit().thenRun(() -> died(process));
    }

    private void died(ProcessHandle process) {
        if (closed.getCount() == 0 || server.isClosing()) {
            return;
        }
        String detail = "embedded MariaDB (pid " + process.pid() + ") stopped unexpectedly";
        LOG.warn("{}; starting it again on port {}", detail, server.port());
        health.restarting(detail + "; restart attempt 1");
        Thread thread = new Thread(() -> restartLoop(detail), "mariadb-restart");
        thread.setDaemon(true);
        restarter = thread;
        thread.start();
    }

    private void restartLoop(String cause) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; closed.getCount() > 0; attempt++) {
            if (attempt > 1) {
                health.restarting(cause + "; restart attempt " + attempt);
            }
            long t0 = System.nanoTime();
            try {
                server.restart();
                LOG.info("Embedded MariaDB restart attempt {} succeeded in {} ms", attempt,
                        (System.nanoTime() - t0) / 1_000_000);
                if (closed.getCount() == 0) {
                    return;
                }
                watch();
                health.restarted();
                return;
            } catch (RuntimeException e) {
                if (closed.getCount() == 0) {
                    return;
                }
                String why = HealthMonitor.oneLine(e);
                LOG.warn("Embedded MariaDB restart attempt {} failed: {}; next attempt in {} s", attempt, why,
                        backoff.toSeconds());
                health.restartFailed(cause + "; restart attempt " + attempt + " failed: " + why);
            }
            try {
                if (closed.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /**
     * Stops restarting: a wait between attempts ends at once; a start under way is left to the server's
     * {@link EmbeddedMariaDb#close()}, which stops what it started.
     */
    @Override
    public void close() {
        closed.countDown();
        Thread thread = restarter;
        if (thread != null) {
            try {
                thread.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
