package id.wadul.sql;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded mariadbd die with its JVM: a tiny {@code sh} loop started next to it checks every second
 * that the JVM still runs and, once it is gone (a SIGKILL, the OOM killer), sends the server SIGTERM, so the
 * server shuts InnoDB down cleanly on its own within seconds instead of holding the data folder as an orphan.
 * The loop also ends when the server is gone. Needs {@code /bin/sh} and {@code kill} (any Unix); elsewhere
 * nothing is started and the next start's check for a left-behind server is the only remedy.
 */
final class ParentWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParentWatchdog.class);
    private static final File SHELL = new File("/bin/sh");

    /** $1 = the JVM, $2 = the server. Ends when the server ends; signals the server when the JVM ends first. */
    private static final String SCRIPT = "while kill -0 \"$1\" 2>/dev/null && kill -0 \"$2\" 2>/dev/null;"
            + " do sleep 1; done; kill -0 \"$1\" 2>/dev/null || kill -TERM \"$2\" 2>/dev/null";

    private final Process process;

    private ParentWatchdog(Process process) {
        this.process = process;
    }

    /** Starts watching; empty where there is no {@code /bin/sh} or it cannot be started. */
    static Optional<ParentWatchdog> start(long serverPid) {
        if (!SHELL.canExecute()) {
            return Optional.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(SHELL.getPath(), "-c", SCRIPT, "wadul-mariadb-watchdog",
                Long.toString(ProcessHandle.current().pid()), Long.toString(serverPid))
                .redirectInput(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            return Optional.of(new ParentWatchdog(builder.start()));
        } catch (IOException e) {
            LOG.warn("Cannot start the watchdog that stops mariadbd (pid {}) if this JVM dies: {}", serverPid,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** The watchdog's own process. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Stops watching (the server is being stopped by its owner). */
    @Override
    public void close() {
        process.destroyForcibly();
    }
}
