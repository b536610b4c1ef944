package id.wadul.sql;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the database lives and how to reach it.
 *
 * <p>Keys read by {@link #from(Map)} (all optional):
 * <ul>
 *   <li>{@code db.url}: JDBC URL of an existing MariaDB server, e.g.
 *       {@code jdbc:mariadb://db.example:3306/wadul}; empty (the default) starts an embedded MariaDB</li>
 *   <li>{@code db.user}, {@code db.password}: credentials for {@code db.url} (defaults: {@code wadul}, empty);
 *       ignored by the embedded server, which has its own user and a generated password kept in
 *       {@code <data.dir>/mariadb-password} (owner only)</li>
 *   <li>{@code db.poolSize}: maximum connections in the pool (default {@value #DEFAULT_POOL_SIZE})</li>
 *   <li>{@code data.dir}: the data folder; the embedded server keeps its files in {@code <data.dir>/mariadb}
 *       (default {@code data})</li>
 *   <li>{@code db.embedded.port}: TCP port of the embedded server, bound on loopback; 0 (the default) picks
 *       a free port</li>
 * </ul>
 *
 * @param jdbcUrl      JDBC URL of an external server; empty for the embedded one
 * @param user         user for {@code jdbcUrl}
 * @param password     password for {@code jdbcUrl}
 * @param dataDir      the data folder (embedded server files under {@code <dataDir>/mariadb})
 * @param embeddedPort port of the embedded server; 0 picks a free one
 * @param poolSize     maximum pool size
 */
public record DatabaseConfig(
        String jdbcUrl,
        String user,
        String password,
        Path dataDir,
        int embeddedPort,
        int poolSize) {

    public static final int DEFAULT_POOL_SIZE = 8;

    public DatabaseConfig {
        jdbcUrl = jdbcUrl == null ? "" : jdbcUrl.trim();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (embeddedPort < 0 || embeddedPort > 65535) {
            throw new IllegalArgumentException("db.embedded.port out of range: " + embeddedPort);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("db.poolSize must be at least 1: " + poolSize);
        }
    }

    /** An embedded server under {@code dataDir} on a free port, with the default pool size. */
    public static DatabaseConfig embedded(Path dataDir) {
        return new DatabaseConfig("", "", "", dataDir, 0, DEFAULT_POOL_SIZE);
    }

    /** True when no URL is configured and an embedded server is started. */
    public boolean isEmbedded() {
        return jdbcUrl.isEmpty();
    }

    /** Reads the keys listed in the class comment; missing keys take their defaults. */
    public static DatabaseConfig from(Map<String, String> settings) {
        return new DatabaseConfig(
                settings.getOrDefault("db.url", ""),
                settings.getOrDefault("db.user", "wadul"),
                settings.getOrDefault("db.password", ""),
                Path.of(settings.getOrDefault("data.dir", "data").trim()).normalize(),
                parseInt(settings, "db.embedded.port", 0),
                parseInt(settings, "db.poolSize", DEFAULT_POOL_SIZE));
    }

    /** Same as {@link #from(Map)} for {@link Properties} (e.g. {@code System.getProperties()}). */
    public static DatabaseConfig from(Properties properties) {
        Map<String, String> settings = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            settings.put(name, properties.getProperty(name));
        }
        return from(settings);
    }

    private static int parseInt(Map<String, String> settings, String key, int defaultValue) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + value, e);
        }
    }

    @Override
    public String toString() {
        return "DatabaseConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", dataDir=" + dataDir
                + ", embeddedPort=" + embeddedPort + ", poolSize=" + poolSize + "]";
    }
}
