package id.wadul.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database dies while wadul runs (issue 9, item 2, database side): the embedded mariadbd is SIGKILLed and
 * started again by {@link Database} itself, on the same port, the pool reconnects and health tells; an external
 * server's outage shows as DOWN until it is back; {@link Database#close()} returns promptly in every state.
 *
 * <p>Short form: 2 kills; {@code -Dwadul.reliability.long=true}: 10. Figures on lines beginning
 * {@code RELIABILITY }.
 */
class DatabaseOutageReliabilityIT {

    private static final boolean LONG = Boolean.getBoolean("wadul.reliability.long");
    /** Hang guards for a loaded machine, not speed assertions (speed is in the RELIABILITY figures). */
    private static final Duration BACK_UP_BOUND = Duration.ofMinutes(3);
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(20);

    private Path folder;

    @BeforeEach
    void folder() throws Exception {
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "outage-");
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void killedEmbeddedServerIsStartedAgainOnTheSamePort() throws Exception {
        int rounds = LONG ? 10 : 2;
        Database database = Database.start(DatabaseConfig.embedded(folder));
        EmbeddedMariaDb server = database.embeddedServer().orElseThrow();
        String url = database.jdbcUrl();
        assertThat(database.health().state()).isEqualTo(DatabaseHealth.State.UP);
        execute(database, "CREATE TABLE probe (round INT PRIMARY KEY)");
        List<Long> downToUp = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            ProcessHandle killed = server.serverProcess();
            long t0 = System.nanoTime();
            killed.destroyForcibly();
            await().atMost(Duration.ofSeconds(10)).until(() -> !database.health().isUp());
            DatabaseHealth outage = database.health();
            assertThat(outage.state()).isEqualTo(DatabaseHealth.State.RESTARTING);
            assertThat(outage.detail()).contains("pid " + killed.pid());
            assertThat(outage.restarts()).isGreaterThanOrEqualTo(round);
            long failFastMs = timeToFailWhileDown(database);

            await().atMost(BACK_UP_BOUND).until(() -> database.health().isUp());
            downToUp.add((System.nanoTime() - t0) / 1_000_000);
            assertThat(server.serverProcess().pid()).isNotEqualTo(killed.pid());
            assertThat(ServerProcesses.isAlive(killed)).isFalse();
            assertThat(database.jdbcUrl()).isEqualTo(url);
            int stored = round;
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .untilAsserted(() -> execute(database, "INSERT INTO probe VALUES (" + stored + ")"));
            assertThat(count(database)).isEqualTo(round);
            System.out.printf("RELIABILITY db-restart round=%d kill-to-UP-ms=%d getConnection-while-down-ms=%d"
                    + " restarts=%d%n", round, downToUp.get(round - 1), failFastMs, database.health().restarts());
        }
        long t0 = System.nanoTime();
        assertTimeoutPreemptively(CLOSE_BOUND, database::close);
        System.out.printf("RELIABILITY db-restart rounds=%d kill-to-UP-ms-max=%d close-ms=%d%n", rounds,
                downToUp.stream().mapToLong(Long::longValue).max().orElse(0), (System.nanoTime() - t0) / 1_000_000);
        assertThat(ServerProcesses.find(folder.resolve("mariadb"), folder.resolve("mariadb.pid"))).isEmpty();
    }

    @Test
    void closeWhileTheServerIsDeadAndCallersWaitIsPrompt() throws Exception {
        Database database = Database.start(DatabaseConfig.embedded(folder));
        ProcessHandle killed = database.embeddedServer().orElseThrow().serverProcess();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread caller = new Thread(() -> {
                while (!stop.get()) {
                    try (Connection connection = database.dataSource().getConnection()) {
                        connection.isValid(1);
                    } catch (SQLException e) {
                        // down, or the pool closed: try again until told to stop
                    }
                }
            }, "caller-" + i);
            caller.start();
            callers.add(caller);
        }
        killed.destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !database.health().isUp());

        long t0 = System.nanoTime();
        assertTimeoutPreemptively(CLOSE_BOUND, database::close);
        System.out.printf("RELIABILITY db-close-while-dead close-ms=%d%n", (System.nanoTime() - t0) / 1_000_000);
        stop.set(true);
        for (Thread caller : callers) {
            caller.join(10_000);
        }
        // nothing left running on the folder (not even a restart under way), and the folder is free again
        assertThat(ServerProcesses.find(folder.resolve("mariadb"), folder.resolve("mariadb.pid"))).isEmpty();
        DataFolderLock.acquire(folder).close();
    }

    @Test
    void externalServerOutageShowsDownUntilItIsBack() throws Exception {
        try (EmbeddedMariaDb external = EmbeddedMariaDb.start(folder, 0)) {
            external.createDatabase("wadul");
            DatabaseConfig config = new DatabaseConfig(external.jdbcUrl("wadul"), external.user(),
                    external.password(), Path.of("unused"), 0, 4);
            try (Database database = Database.start(config)) {
                assertThat(database.embeddedServer()).isEmpty();
                external.serverProcess().destroyForcibly();
                await().atMost(Duration.ofSeconds(10)).until(() -> !database.health().isUp());
                DatabaseHealth down = database.health();
                assertThat(down.state()).isEqualTo(DatabaseHealth.State.DOWN);
                assertThat(down.detail()).containsIgnoringCase("refused");
                assertThat(down.restarts()).isZero();

                external.restart();
                await().atMost(Duration.ofSeconds(30)).until(() -> database.health().isUp());
                assertThat(database.health().since()).isAfter(down.since());
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .untilAsserted(() -> execute(database, "CREATE TABLE IF NOT EXISTS probe (round INT)"));
            }
        }
    }

    /** How long a caller waits for a connection while the server is down. */
    private static long timeToFailWhileDown(Database database) {
        long t0 = System.nanoTime();
        try (Connection connection = database.dataSource().getConnection()) {
            connection.isValid(1);
        } catch (SQLException e) {
            // expected while down
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM probe")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
