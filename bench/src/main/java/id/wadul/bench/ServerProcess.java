package id.wadul.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in its own JVM, so that its CPU time can be read from /proc apart from the load
 * client's: either {@link ServerMain}, which prints {@code READY <port>} on stdout once it listens and stops
 * gracefully when its stdin says STOP or closes, or any main class (the whole app), ready once its port
 * accepts connections and stopped with SIGTERM.
 */
final class ServerProcess implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 180;

    private final String kind;
    private final Process process;
    private final int port;
    /** {@link ServerMain} stops when its stdin says STOP; any other main class gets SIGTERM. */
    private final boolean stopsOnStdin;

    private ServerProcess(String kind, Process process, int port, boolean stopsOnStdin) {
        this.kind = kind;
        this.process = process;
        this.port = port;
        this.stopsOnStdin = stopsOnStdin;
    }

    /** Starts {@link ServerMain} with a server kind; ready when it prints {@code READY <port>}. */
    static ServerProcess start(String kind, Path workDir, Path log, List<String> jvmArgs, List<String> args)
            throws IOException {
        List<String> mainArgs = new ArrayList<>();
        mainArgs.add(kind);
        mainArgs.add(workDir.toString());
        mainArgs.addAll(args);
        Process process = launch(ServerMain.class.getName(), jvmArgs, mainArgs, log);
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> readStdout(process, ready), "server-" + kind + "-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            int port = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new ServerProcess(kind, process, port, true);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException("server '" + kind + "' did not start; see " + log, e);
        }
    }

    /**
     * Starts any main class on the bench's class path (e.g. the whole wadul app); ready once something
     * accepts connections on 127.0.0.1:{@code port}. Stopped with SIGTERM, so its shutdown hooks run.
     */
    static ServerProcess startMain(String kind, String mainClass, Path log, List<String> jvmArgs, List<String> args,
            int port) throws IOException {
        Process process = launch(mainClass, jvmArgs, args, log);
        process.getOutputStream().close();
        Thread drain = new Thread(() -> {
            try {
                process.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // process gone
            }
        }, "server-" + kind + "-stdout");
        drain.setDaemon(true);
        drain.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
                return new ServerProcess(kind, process, port, false);
            } catch (IOException notYet) {
                try {
                    process.waitFor(250, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IOException("server '" + kind + "' did not listen on port " + port + "; see " + log);
    }

    private static Process launch(String mainClass, List<String> jvmArgs, List<String> args, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectError(log.toFile())
                .start();
    }

    /** A port free right now on loopback (for servers that cannot report the one they bound). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void readStdout(Process process, CompletableFuture<Integer> ready) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    ready.complete(Integer.parseInt(line.substring(6).trim()));
                } else if (line.startsWith("STOPPED")) {
                    System.out.println("    server stopped: " + line.substring(7).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IOException("server closed its stdout before it was ready"));
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** CPU seconds used so far by the server JVM itself (not its child processes). */
    double cpuSeconds() {
        return ProcCpu.seconds(process.pid());
    }

    /** The embedded mysqld started by the server, if any (a descendant process named mysqld or mariadbd). */
    Optional<Long> databasePid() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd")).orElse(false))
                .map(ProcessHandle::pid)
                .findFirst();
    }

    @Override
    public void close() {
        // (writing to a stdin closed at start would not fail: the bytes would stay in its buffer, unsent)
        if (stopsOnStdin) {
            try {
                OutputStream stdin = process.getOutputStream();
                stdin.write("STOP\n".getBytes(StandardCharsets.US_ASCII));
                stdin.close();
            } catch (IOException e) {
                process.destroy(); // already gone
            }
        } else {
            process.destroy(); // SIGTERM runs its shutdown hooks
        }
        long t0 = System.nanoTime();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                System.err.println("server '" + kind + "' did not stop in 60 s; killing it");
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            } else {
                System.out.printf("    server '%s' stopped in %.1f s%n", kind, (System.nanoTime() - t0) / 1e9);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
