package id.wadul.routes.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real server as an operator runs it, {@code java -jar target/wadul.jar} (built by the package phase),
 * with the shipped conf/ and -D overrides: loopback, fixed free ports, its own data folder. Ready when
 * {@code GET /health} answers 200. Stopped with SIGTERM, or killed with SIGKILL (JVM, and its mariadbd).
 */
final class WadulProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/wadul.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Path dataDir;
    final int smppPort;
    final int httpPort;
    final int dbPort;
    private final List<String> jvmArgs;
    private final Map<String, String> overrides;
    private Process process;
    private static final AtomicInteger STARTS = new AtomicInteger();

    WadulProcess(Path dataDir, List<String> jvmArgs, Map<String, String> overrides) throws IOException {
        this.dataDir = dataDir;
        this.smppPort = freePort();
        this.httpPort = freePort();
        this.dbPort = freePort();
        this.jvmArgs = jvmArgs;
        this.overrides = overrides;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Launches the server; does not wait for it. */
    WadulProcess launch() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-Dwadul.conf=" + Path.of("../conf").toAbsolutePath().normalize());
        command.add("-Ddata.dir=" + dataDir);
        command.add("-Dsmpp.host=127.0.0.1");
        command.add("-Dsmpp.port=" + smppPort);
        command.add("-Dhttp.host=127.0.0.1");
        command.add("-Dhttp.port=" + httpPort);
        command.add("-Ddb.embedded.port=" + dbPort);
        overrides.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(JAR.toString());
        // kept after the test (the data folder is not): target/reliability-logs/
        Path logs = Path.of("target", "reliability-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(dataDir.getParent().getFileName() + "-" + dataDir.getFileName() + "-run"
                + STARTS.incrementAndGet() + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return this;
    }

    /** Launches the server and waits until its health says UP. */
    WadulProcess start(Duration timeout) throws IOException, InterruptedException {
        launch();
        awaitHealth(200, timeout);
        return this;
    }

    /** Waits until {@code GET /health} answers {@code status}; fails when the process ends first. */
    void awaitHealth(int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("wadul ended with " + process.exitValue() + " before its health was "
                        + status + "; see the logs beside " + dataDir);
            }
            if (health().statusCode() == status) {
                return;
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("health not " + status + " within " + timeout + ": " + health().body());
    }

    /** The health endpoint's answer now (status 0 when nothing answers). */
    HttpResponse<String> health() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new NoAnswer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NoAnswer();
        }
    }

    long pid() {
        return process.pid();
    }

    /** The embedded mariadbd the server started. */
    Optional<ProcessHandle> database() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd")).orElse(false))
                .findFirst();
    }

    /** SIGKILL of the JVM only (its mariadbd, if any, is left behind as after the OOM killer). */
    void killJvm() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGKILL of the JVM and its mariadbd, as in a power cut. */
    void killAll() throws InterruptedException {
        Optional<ProcessHandle> db = database();
        process.destroyForcibly();
        db.ifPresent(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
        if (db.isPresent()) {
            db.get().onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    /** SIGKILL of the embedded mariadbd only; returns false when there was none. */
    boolean killDatabase() {
        Optional<ProcessHandle> db = database();
        db.ifPresent(ProcessHandle::destroyForcibly);
        db.ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        return db.isPresent();
    }

    /** SIGTERM; returns the seconds until the JVM ended (or -1 when it did not within {@code limit}, then killed). */
    double stop(Duration limit) throws InterruptedException {
        long t0 = System.nanoTime();
        process.destroy();
        if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return (System.nanoTime() - t0) / 1e9;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return -1;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /**
     * A connection to the server's database, as the server itself connects to it: user wadul with the password
     * the embedded server keeps in the data folder (mariadb-password, owner only).
     */
    Connection jdbc() throws SQLException {
        String password;
        try {
            password = Files.readString(dataDir.resolve("mariadb-password")).trim();
        } catch (IOException e) {
            throw new SQLException("cannot read the embedded database's password under " + dataDir, e);
        }
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/wadul", "wadul", password);
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            stop(Duration.ofSeconds(30));
        }
        // a mariadbd left by a kill of the JVM only
        try (var children = ProcessHandle.allProcesses()) {
            children.filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(dataDir.toString()))
                    .orElse(false)).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** What {@link #health()} gives when nothing answers. */
    private static final class NoAnswer implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return 0;
        }

        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        @Override
        public String body() {
            return "";
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return null;
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
