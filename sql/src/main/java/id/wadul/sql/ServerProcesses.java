package id.wadul.sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops the mariadbd processes that serve one data directory: found through the pid file the server
 * is told to write, and by their command line ({@code mariadbd}/{@code mysqld} with {@code --datadir=} that
 * directory), so a server left behind by an older wadul without that pid file is found too. A process is only
 * taken for the server when its command line says so: a stale pid file naming a reused pid is ignored.
 */
final class ServerProcesses {

    private static final Logger LOG = LoggerFactory.getLogger(ServerProcesses.class);
    /** How long a start waits for a left-behind server's clean shutdown before it kills it. */
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(60);

    private ServerProcesses() {
    }

    /**
     * Stops every mariadbd still serving {@code dataDir} (its owner died without stopping it). A server whose
     * parent is a live JVM other than this one still has its owner (e.g. a wadul from before the folder lock):
     * refused, not stopped.
     */
    static void stopLeftovers(Path dataDir, Path pidFile) {
        List<ProcessHandle> leftovers = find(dataDir, pidFile);
        for (ProcessHandle leftover : leftovers) {
            Optional<ProcessHandle> owner = leftover.parent().filter(ServerProcesses::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false));
            if (owner.isPresent() && owner.get().pid() != ProcessHandle.current().pid()) {
                throw new DataFolderInUseException(dataDir.getParent(), owner.get().pid());
            }
        }
        for (ProcessHandle leftover : leftovers) {
            long t0 = System.nanoTime();
            boolean clean = ServerProcesses.stop(leftover, LEFTOVER_GRACE);
            LOG.warn("Found mariadbd (pid {}) left behind on {} by an earlier wadul; {} in {} ms", leftover.pid(),
                    dataDir, clean ? "stopped it cleanly (SIGTERM)" : "it would not stop: killed it (SIGKILL)",
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** After a failed start: stops the servers on {@code dataDir} that are children of this process. */
    static void stopChildren(Path dataDir, Path pidFile, Duration grace) {
        for (ProcessHandle started : find(dataDir, pidFile)) {
            if (started.parent().map(ProcessHandle.current()::equals).orElse(false)) {
                stop(started, grace);
            }
        }
    }

    /** The live mariadbd processes whose data directory is {@code dataDir}, the pid file's first. */
    static List<ProcessHandle> find(Path dataDir, Path pidFile) {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        readPid(pidFile).flatMap(ProcessHandle::of).filter(p -> serves(p, dataDir)).ifPresent(found::add);
        try (var all = ProcessHandle.allProcesses()) {
            all.filter(p -> p.pid() != ProcessHandle.current().pid()).filter(p -> serves(p, dataDir))
                    .forEach(found::add);
        }
        return found.stream().filter(ServerProcesses::isAlive).collect(Collectors.toList());
    }

    /** The pid written in {@code pidFile}, if it holds one. */
    static Optional<Long> readPid(Path pidFile) {
        try {
            String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when the process is mariadbd (or mysqld) run with {@code --datadir=} that directory. */
    static boolean serves(ProcessHandle process, Path dataDir) {
        List<String> command = commandLine(process);
        if (command.isEmpty()) {
            return false;
        }
        String program = Path.of(command.get(0)).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return false;
        }
        Path wanted = dataDir.toAbsolutePath().normalize();
        for (String argument : command) {
            if (argument.startsWith("--datadir=")) {
                String value = argument.substring("--datadir=".length());
                return !value.isEmpty() && Path.of(value).toAbsolutePath().normalize().equals(wanted);
            }
        }
        return false;
    }

    /** The process's command line: {@code /proc/<pid>/cmdline} on Linux, else what the JDK can tell. */
    private static List<String> commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        if (Files.isDirectory(Path.of("/proc/self"))) {
            try {
                String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
            } catch (IOException e) {
                return List.of();
            }
        }
        ProcessHandle.Info info = process.info();
        if (info.command().isEmpty()) {
            return List.of();
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(info.command().get());
        info.arguments().ifPresent(arguments -> command.addAll(List.of(arguments)));
        return command;
    }

    /**
     * True while the process runs. A process that has exited but not been reaped yet (a zombie, e.g. an orphan
     * whose new parent is slow to reap it) no longer runs, though the JDK still calls it alive.
     */
    static boolean isAlive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String text = Files.readString(stat, StandardCharsets.UTF_8);
            int end = text.lastIndexOf(')');
            return end < 0 || end + 2 >= text.length() || text.charAt(end + 2) != 'Z';
        } catch (IOException e) {
            return process.isAlive();
        }
    }

    /**
     * Stops the process: SIGTERM (mariadbd then shuts InnoDB down cleanly), up to {@code grace} to exit, then
     * SIGKILL. Returns true when it stopped within the grace (clean), false when it had to be killed.
     */
    static boolean stop(ProcessHandle process, Duration grace) {
        if (!isAlive(process)) {
            return true;
        }
        process.destroy();
        if (awaitExit(process, grace)) {
            return true;
        }
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(5));
        return false;
    }

    /** Waits up to {@code timeout} for the process to stop running. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (isAlive(process)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    process.onExit().get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // a zombie never completes onExit(): look at its state again
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !isAlive(process);
        } catch (ExecutionException e) {
            return !isAlive(process);
        }
    }
}
