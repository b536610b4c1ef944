package id.wadul.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A child JVM running {@link EmbeddedServerMain} on a data folder, for the tests of a second owner and orphans. */
final class ChildJvm implements AutoCloseable {

    final Process process;
    final long jvmPid;
    final long serverPid;
    private final Path folder;

    private ChildJvm(Path folder, Process process, long jvmPid, long serverPid) {
        this.folder = folder;
        this.process = process;
        this.jvmPid = jvmPid;
        this.serverPid = serverPid;
    }

    /** Starts the child and waits (at most 4 minutes, a loaded machine) until its database is up. */
    static ChildJvm start(Path folder, String mark) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx128m",
                EmbeddedServerMain.class.getName(), folder.toString(), mark));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = ready.get(4, TimeUnit.MINUTES);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("child JVM did not start its database", e);
        }
        if (line == null) {
            process.destroyForcibly();
            throw new IllegalStateException("child JVM ended before its database was up");
        }
        String[] parts = line.split(" ");
        // keep draining its stdout (the database's log goes there) so it never blocks on a full pipe
        CompletableFuture.runAsync(() -> {
            try {
                while (out.readLine() != null) {
                    // drained
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        });
        return new ChildJvm(folder, process, Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }

    /** The server's watchdog started by the child (its {@code sh} loop). */
    List<ProcessHandle> watchdogs() {
        List<ProcessHandle> found = new ArrayList<>();
        process.toHandle().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("wadul-mariadb-watchdog")
                        || p.info().arguments().map(a -> String.join(" ", a)).orElse("").contains(
                                "wadul-mariadb-watchdog"))
                .forEach(found::add);
        return found;
    }

    /** SIGKILL of the JVM only (the OOM killer's way); waits until it is gone. */
    void killJvm() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Asks the child to close its database and exit; kills it if it does not within a minute. */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            try {
                process.getOutputStream().write('\n');
                process.getOutputStream().flush();
            } catch (IOException ignored) {
                // already exiting
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        ProcessHandle.of(serverPid).filter(p -> ServerProcesses.serves(p, folder.resolve("mariadb")))
                .ifPresent(p -> ServerProcesses.stop(p, Duration.ofSeconds(10)));
    }
}
