package id.wadul.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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
    private final Instant startedAt = Instant.now();

    private Database(EmbeddedMariaDb embedded, HikariDataSource dataSource, SqlSessionFactory sqlSessionFactory,
            String jdbcUrl) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.sqlSessionFactory = sqlSessionFactory;
        this.jdbcUrl = jdbcUrl;
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
                user = "root";
                password = "";
            } else {
                url = config.jdbcUrl();
                user = config.user();
                password = config.password();
            }
            dataSource = pool(url, user, password, config.poolSize());
            requireSupportedServer(dataSource);
            migrate(dataSource);
            Database database = new Database(embedded, dataSource, sessionFactory(dataSource), url);
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

    private static HikariDataSource pool(String url, String user, String password, int poolSize) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("wadul-db");
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(poolSize);
        hikari.setMinimumIdle(Math.min(2, poolSize));
        hikari.setConnectionTimeout(10_000);
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

    private static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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

    /**
     * The database's state now: {@link DatabaseHealth.State#UP} when the pool hands out a working connection
     * within a short time, otherwise DOWN (or RESTARTING while the embedded server is started again). Cheap
     * enough for a health endpoint; never throws.
     */
    public DatabaseHealth health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                return new DatabaseHealth(DatabaseHealth.State.UP, "", startedAt, 0);
            }
            return new DatabaseHealth(DatabaseHealth.State.DOWN, "connection not valid", Instant.now(), 0);
        } catch (SQLException e) {
            return new DatabaseHealth(DatabaseHealth.State.DOWN, String.valueOf(e.getMessage()), Instant.now(), 0);
        }
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

    /** Closes the pool, then stops the embedded server if this instance started one. */
    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
