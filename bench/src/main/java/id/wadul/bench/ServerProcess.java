package id.wadul.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in its own JVM ({@link ServerMain}), so that its CPU time can be read from /proc
 * apart from the load client's. The child prints {@code READY <port>} on stdout once it listens, and stops
 * gracefully when its stdin says STOP or closes.
 */
final class ServerProcess implements AutoCloseable {

    private final String kind;
    private final Process process;
    private final int port;

    private ServerProcess(String kind, Process process, int port) {
        this.kind = kind;
        this.process = process;
        this.port = port;
    }

    static ServerProcess start(String kind, Path workDir, Path log, List<String> jvmArgs, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ServerMain.class.getName());
        command.add(kind);
        command.add(workDir.toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectError(log.toFile())
                .start();
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> readStdout(process, ready), "server-" + kind + "-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            int port = ready.get(180, TimeUnit.SECONDS);
            return new ServerProcess(kind, process, port);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("server '" + kind + "' did not start; see " + log, e);
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
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write("STOP\n".getBytes(StandardCharsets.US_ASCII));
            stdin.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                System.err.println("server '" + kind + "' did not stop in 60 s; killing it");
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
