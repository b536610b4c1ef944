package id.wadul.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wadul database: a connection pool on MariaDB with the schema migrated by Flyway and a MyBatis
 * {@link SqlSessionFactory} that knows every mapper under {@code id.wadul.sql}.
 *
 * <p>With no {@link DatabaseConfig#jdbcUrl()} an embedded MariaDB is started with its data under
 * {@code <dataDir>/mariadb} and the database {@value #EMBEDDED_SCHEMA} created in it if missing; otherwise
 * the configured server is used. {@link #close()} closes the pool and stops the embedded server.
 *
 * <p>Outages: an embedded server that dies is started again by this class ({@link EmbeddedSupervisor}: at once,
 * then with backoff up to 30 s, same port); for a configured server the pool reconnects when it is back. While
 * the server is away callers fail within the pool's connection timeout ({@value #CONNECTION_TIMEOUT_MS} ms) and
 * {@link #health()} says what is wrong.
 *
 * <p>Mappers: every interface in {@code id.wadul.sql} and its subpackages is registered as a MyBatis mapper,
 * with its SQL in the XML file at the same package path in {@code src/main/resources}. Put only mapper
 * interfaces in those packages. {@link Instant}s are stored as UTC in {@code DATETIME} columns
 * ({@link UtcInstantTypeHandler}); columns map to properties with underscores turned into camel case.
 *
 * <pre>{@code
 * Database db = Database.start(DatabaseConfig.from(settings));
 * try (SqlSession session = db.sqlSessionFactory().openSession()) {   // not auto-commit
 *     InboundMessageMapper inbox = session.getMapper(InboundMessageMapper.class);
 *     for (InboundMessageRow m : inbox.findReceivedAfter(lastId, 100)) { ...; inbox.markHandled(m.getId(), now); }
 *     session.commit();
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Name of the database the embedded server uses. */
    public static final String EMBEDDED_SCHEMA = "wadul";
    /** The package scanned for mapper interfaces. */
    public static final String MAPPER_PACKAGE = "id.wadul.sql";

    /** Major and minor of a server version string. */
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

    private final EmbeddedMariaDb embedded;
    private final HikariDataSource dataSource;
    private final SqlSessionFactory sqlSessionFactory;
    private final String jdbcUrl;
    private final HealthMonitor health;
    private final EmbeddedSupervisor supervisor;

    private Database(EmbeddedMariaDb embedded, HikariDataSource dataSource, SqlSessionFactory sqlSessionFactory,
            String jdbcUrl, HealthMonitor health) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.sqlSessionFactory = sqlSessionFactory;
        this.jdbcUrl = jdbcUrl;
        this.health = health;
        this.supervisor = embedded == null ? null : new EmbeddedSupervisor(embedded, health);
    }

    /** Starts the embedded server if none is configured, opens the pool and migrates the schema. */
    public static Database start(DatabaseConfig config) {
        EmbeddedMariaDb embedded = null;
        HikariDataSource dataSource = null;
        try {
            String url;
            String user;
            String password;
            if (config.isEmbedded()) {
                embedded = EmbeddedMariaDb.start(config.dataDir(), config.embeddedPort());
                embedded.createDatabase(EMBEDDED_SCHEMA);
                url = embedded.jdbcUrl(EMBEDDED_SCHEMA);
                user = embedded.user();
                password = embedded.password();
            } else {
                url = config.jdbcUrl();
                user = config.user();
                password = config.password();
            }
            dataSource = pool(url, user, password, config.poolSize(), SOCKET_TIMEOUT);
            requireSupportedServer(dataSource);
            migrate(url, user, password);
            HealthMonitor health = new HealthMonitor(url, user, password, Clock.systemUTC());
            Database database = new Database(embedded, dataSource, sessionFactory(dataSource), url, health);
            health.start();
            if (database.supervisor != null) {
                database.supervisor.watch();
            }
            LOG.info("Database ready at {} (pool of {})", url, config.poolSize());
            return database;
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * Timeouts, chosen so that callers fail fast while the server is away (the gateway then answers a temporary
     * error at once) without cutting short legitimate work:
     * <ul>
     *   <li>Hikari {@code connectionTimeout} {@value #CONNECTION_TIMEOUT_MS} ms: the longest a caller waits for a
     *       connection from the pool (all busy, or the server down) before {@code SQLTransientConnectionException}.
     *       </li>
     *   <li>Hikari {@code validationTimeout} {@value #VALIDATION_TIMEOUT_MS} ms: the check of an idle connection
     *       before it is handed out (a connection to a dead server fails it and is replaced).</li>
     *   <li>Connector/J {@code connectTimeout} {@value #CONNECT_TIMEOUT_MS} ms: a new TCP connection and login; a
     *       refused port fails at once, this bounds an unreachable host.</li>
     *   <li>Connector/J {@code socketTimeout} {@link #SOCKET_TIMEOUT}: the longest a statement waits for the
     *       server's answer on a connection that went silent (a network cut to an external server; a dead local
     *       server closes the socket at once). Above InnoDB's lock wait timeout (50 s) so a lock wait ends with
     *       the server's own error; not set for Flyway's migrations, which may run long.</li>
     * </ul>
     */
    static final long CONNECTION_TIMEOUT_MS = 3_000;
    static final long VALIDATION_TIMEOUT_MS = 2_000;
    static final long CONNECT_TIMEOUT_MS = 2_000;
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

    private static HikariDataSource pool(String url, String user, String password, int poolSize,
            Duration socketTimeout) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("wadul-db");
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(poolSize);
        hikari.setMinimumIdle(Math.min(2, poolSize));
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        hikari.setValidationTimeout(VALIDATION_TIMEOUT_MS);
        hikari.addDataSourceProperty("connectTimeout", Long.toString(CONNECT_TIMEOUT_MS));
        if (!socketTimeout.isZero()) {
            hikari.addDataSourceProperty("socketTimeout", Long.toString(socketTimeout.toMillis()));
        }
        // the flow relies on row locks and unique keys, never on gap locks: without them, inserts into the
        // outbox and inbox do not wait for (or deadlock with) a dispatcher's SELECT ... FOR UPDATE range
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // Connector/J 3: client-side prepared text statements suit multi-row INSERTs of varying size;
        // executeBatch() is sent as one bulk command.
        hikari.addDataSourceProperty("useServerPrepStmts", "false");
        hikari.addDataSourceProperty("useBulkStmts", "true");
        hikari.addDataSourceProperty("connectionCollation", "utf8mb4_unicode_ci");
        return new HikariDataSource(hikari);
    }

    /** Fails with a clear message unless the server is MariaDB 10.6 or newer (JSON_TABLE, INSERT ... RETURNING). */
    private static void requireSupportedServer(DataSource dataSource) {
        String version;
        try (Connection connection = dataSource.getConnection()) {
            version = connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database server's version: " + e.getMessage(), e);
        }
        if (!isSupportedServer(version)) {
            throw new IllegalStateException("wadul needs MariaDB 10.6 or newer; the server at db.url is " + version);
        }
    }

    /** True for a MariaDB version string of 10.6 or newer, e.g. {@code 11.4.5-MariaDB}. */
    static boolean isSupportedServer(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        if (!m.find() || !version.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > 10 || (major == 10 && minor >= 6);
    }

    /** Migrates through a pool of its own without a socket timeout: a migration may run long. */
    private static void migrate(String url, String user, String password) {
        MigrateResult result;
        try (HikariDataSource migrations = pool(url, user, password, 1, Duration.ZERO)) {
            result = Flyway.configure()
                    .dataSource(migrations)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }
        LOG.info("Schema migrated: {} migrations applied now, schema version {}", result.migrationsExecuted,
                result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion);
    }

    private static SqlSessionFactory sessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("wadul", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
        configuration.addMappers(MAPPER_PACKAGE);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SqlSessionFactory sqlSessionFactory() {
        return sqlSessionFactory;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The embedded server this instance started; empty for a configured server ({@code db.url}). */
    public Optional<EmbeddedMariaDb> embeddedServer() {
        return Optional.ofNullable(embedded);
    }

    /**
     * The database's state now, for a health endpoint: {@link DatabaseHealth.State#UP}; DOWN when the server
     * cannot be reached (the pool reconnects by itself when it is back); RESTARTING while the embedded server is
     * started again. Kept current by a probe every second and by the restarts; never blocks, never throws.
     */
    public DatabaseHealth health() {
        return health.current();
    }

    /**
     * For an owner that closes this database last in its own shutdown hook: an embedded server then waits up to
     * {@code grace} for {@link #close()} at JVM exit instead of stopping at once. No effect on a configured server.
     */
    public void awaitCloseAtExit(Duration grace) {
        if (embedded != null) {
            embedded.awaitCloseAtExit(grace);
        }
    }

    /**
     * Stops restarting the embedded server, closes the pool, then stops the embedded server if this instance
     * started one (a clean InnoDB shutdown). Returns within seconds in every state: server up, dead or being
     * restarted, threads waiting for connections.
     */
    @Override
    public void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        health.close();
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
